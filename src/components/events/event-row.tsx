import { memo } from 'react';
import { CORE_STANCES } from '../../domain/accounts.ts';
import { formatEventDate } from '../../domain/dates.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import type { Claim, Dispute, NarrativeEvent } from '../../domain/schema.ts';
import { AppLink } from '../../url/app-link.tsx';
import { CLAIM_TYPE_LABEL, STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

export interface EventRowPreview {
  claim: Claim;
  actorName: string;
}

interface Props {
  event: NarrativeEvent;
  /** Claims per stance, in STANCES order (of the matching claims when filters are set). */
  stanceCounts: Uint32Array | undefined;
  /** Claims per stance in the whole dataset: a stance at 0 there is silent, not filtered out. */
  stanceTotals: Uint32Array;
  disputes: readonly Dispute[];
  /** A few matching claims to show under the title when filters are set. */
  preview: EventRowPreview[];
  more: number;
}

/** One event in the list: when, what, where, and how much each stance says about it. */
export const EventRow = memo(function EventRow({ event, stanceCounts, stanceTotals, disputes, preview, more }: Props) {
  const shownStances = STANCES.filter((stance, i) => CORE_STANCES.includes(stance) || (stanceCounts?.[i] ?? 0) > 0);
  return (
    <article
      className="grid gap-x-4 border-b border-rule py-4 sm:grid-cols-[9rem_1fr]"
      aria-labelledby={`event-${event.id}`}
      // Back to the list puts this row where the reader left it (routes/page-arrival.tsx).
      data-scroll-anchor={event.id}
    >
      <p className="text-sm text-muted tabular-nums sm:pt-1">
        <time dateTime={event.date.start}>{formatEventDate(event.date)}</time>
      </p>
      <div className="min-w-0">
        <h3 id={`event-${event.id}`} className="text-lg leading-snug font-semibold">
          <AppLink to={`/events/${event.id}`} className="text-ink no-underline hover:underline">
            {event.title}
          </AppLink>
        </h3>
        <p className="text-sm text-muted">{event.place.name}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Claims by stance">
          {shownStances.map((stance) => {
            const count = stanceCounts?.[STANCES.indexOf(stance)] ?? 0;
            const total = stanceTotals[STANCES.indexOf(stance)] ?? 0;
            return (
              <li key={stance} className={`flex items-center gap-1.5 ${count === 0 ? 'text-muted' : ''}`}>
                <StanceSwatch stance={stance} className={count === 0 ? 'opacity-40' : ''} />
                {STANCE_LABEL[stance]}{' '}
                {/* Silent means the sources hold no claim of that stance on the event, not that none matches. */}
                <span className="tabular-nums">
                  {total === 0 ? (
                    'silent'
                  ) : count === 0 ? (
                    <>
                      0 <span className="sr-only">matching</span> of {total}
                    </>
                  ) : (
                    count
                  )}
                </span>
              </li>
            );
          })}
          {disputes.length > 0 && <DisputeMark eventId={event.id} disputes={disputes} />}
        </ul>
        {preview.length > 0 && (
          <ul className="mt-2 space-y-1 text-sm" aria-label="Matching claims">
            {preview.map(({ claim, actorName }) => (
              <li key={claim.id} className="truncate">
                <AppLink to={claimPath(event.id, claim.id)}>{actorName}</AppLink>{' '}
                <span className="text-muted">({CLAIM_TYPE_LABEL[claim.type].toLowerCase()}):</span> {claim.summary}
              </li>
            ))}
            {more > 0 && <li className="text-muted">and {more} more matching claims</li>}
          </ul>
        )}
      </div>
    </article>
  );
}, sameRow);

/**
 * Each result gives a row new arrays of counts and preview: a row renders again only when
 * what they hold changed, so that a filter change renders the rows it changes.
 */
function sameRow(a: Props, b: Props): boolean {
  return (
    a.event === b.event &&
    a.stanceTotals === b.stanceTotals &&
    a.disputes === b.disputes &&
    a.more === b.more &&
    sameCounts(a.stanceCounts, b.stanceCounts) &&
    a.preview.length === b.preview.length &&
    a.preview.every((p, i) => p.claim === b.preview[i]!.claim && p.actorName === b.preview[i]!.actorName)
  );
}

function sameCounts(a: Uint32Array | undefined, b: Uint32Array | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** "Disputed · 2", with the questions shown on hover and focus, and read as its description. */
function DisputeMark({ eventId, disputes }: { eventId: string; disputes: readonly Dispute[] }) {
  const tip = `disputes-${eventId}`;
  return (
    <li className="group relative">
      <AppLink
        to={`/events/${eventId}`}
        aria-describedby={tip}
        // A touch target of at least 24 px, as WCAG 2.2 asks.
        className="inline-flex min-h-6 items-center rounded-full border border-ink/40 px-2 text-xs font-medium text-ink no-underline hover:border-ink"
      >
        Disputed{disputes.length > 1 ? ` · ${disputes.length}` : ''}
      </AppLink>
      <span
        id={tip}
        role="tooltip"
        className="invisible absolute top-full left-0 z-20 mt-1 w-72 max-w-[80vw] rounded border border-rule bg-paper p-2 text-xs shadow-md group-focus-within:visible group-hover:visible"
      >
        <span className="sr-only">Where accounts disagree: </span>
        {disputes.map((dispute, i) => (
          <span key={dispute.id} className="block">
            {disputes.length > 1 && `${i + 1}. `}
            {dispute.question}
          </span>
        ))}
      </span>
    </li>
  );
}
