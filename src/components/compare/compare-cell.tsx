import type { CellState } from '../../domain/compare.ts';
import type { Claim } from '../../domain/schema.ts';
import { AppLink } from '../../url/app-link.tsx';
import { plural } from '../../domain/numbers.ts';
import { CLAIM_TYPE_LABEL } from '../labels.ts';
import { claimPath } from '../../domain/claim-anchor.ts';

/** Claims a cell lists before "more": the same for every column, so each side gets the same room. */
export const CELL_LIMIT = 3;
/** A selected cell lists this many; the event page has the rest. */
const SELECTED_LIMIT = 25;

interface Props {
  eventId: string;
  /** "Official on the Zhanaozen events", for the cell's button. */
  context: string;
  state: CellState;
  /** The cell's matching claims, as positions in `claims`. */
  positions: Uint32Array;
  claims: readonly Claim[];
  /** The side's claims on the event in the whole dataset. */
  total: number;
  selected: boolean;
  onSelect: () => void;
}

/** One side on one event: its matching claims, one line each, or why there are none. */
export function CompareCell({ eventId, context, state, positions, claims, total, selected, onSelect }: Props) {
  const limit = selected ? SELECTED_LIMIT : CELL_LIMIT;
  // On the highlight, the muted grey is too faint to read in the dark.
  const quiet = selected ? '' : 'text-muted';
  const more = positions.length - limit;
  // Only the claims shown are looked up: a busy cell of a large dataset holds thousands.
  const shown = Array.from(positions.subarray(0, limit), (i) => claims[i]!);
  return (
    <td
      data-cell-selected={selected || undefined}
      className={`border-b border-l border-rule p-2 align-top ${selected ? 'bg-highlight outline-2 -outline-offset-2 outline-ink' : ''}`}
    >
      <button
        type="button"
        aria-pressed={selected}
        onClick={onSelect}
        className={`rounded px-1 text-xs tabular-nums hover:underline ${state === 'claims' ? 'font-semibold' : `${quiet} italic`}`}
      >
        <span className="sr-only">{context}: </span>
        {/* Silent: the sources hold no claim of this side on the event; "0 of 3": the filters leave them out. */}
        {state === 'claims' ? (
          plural(positions.length, 'claim')
        ) : state === 'silent' ? (
          'silent'
        ) : (
          <>
            0 <span className="sr-only">matching</span> of {total}
          </>
        )}
      </button>
      {shown.length > 0 && (
        <ul className="mt-1 space-y-1.5">
          {shown.map((claim) => (
            <li key={claim.id} className="leading-snug break-words">
              <AppLink
                to={claimPath(eventId, claim.id)}
                className="decoration-current/30 underline-offset-2 hover:decoration-current"
              >
                {claim.summary}
              </AppLink>{' '}
              <span className={`text-xs whitespace-nowrap ${quiet}`}>· {CLAIM_TYPE_LABEL[claim.type]}</span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 &&
        (selected ? (
          <AppLink to={`/events/${eventId}`} className="mt-1 block text-xs">
            and {plural(more, 'more claim')} on the event’s page
          </AppLink>
        ) : (
          <button type="button" onClick={onSelect} className="mt-1 text-xs text-muted underline">
            and {more} more<span className="sr-only"> ({context})</span>
          </button>
        ))}
    </td>
  );
}
