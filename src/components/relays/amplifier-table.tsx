import { useState } from 'react';
import { formatNumber, plural } from '../../domain/numbers.ts';
import { compareText } from '../../domain/order.ts';
import type { Amplifier } from '../../domain/relay-network.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import type { Stance } from '../../domain/schema.ts';
import { STANCE_HINT, STANCE_LABEL } from '../labels.ts';
import { StanceBadge, StanceSwatch } from '../stance-badge.tsx';

type SortKey = 'name' | 'total' | Stance;
const ROWS = 40;

function compare(key: SortKey): (a: Amplifier, b: Amplifier) => number {
  if (key === 'name') return (a, b) => compareText(a.label, b.label);
  if (key === 'total') return (a, b) => a.total - b.total || compareText(b.label, a.label);
  const s = STANCES.indexOf(key);
  return (a, b) => a.byStance[s]! - b.byStance[s]! || a.total - b.total || compareText(b.label, a.label);
}

/**
 * "Which outlets relayed official claims, and how many": one row per relay, its claims by
 * the stance they were made from, counted as the graph counts them. Sortable by any column.
 */
export function AmplifierTable({
  amplifiers,
  drawn,
  onPick,
}: {
  amplifiers: readonly Amplifier[];
  /** Relays drawn as a node: their names select it. */
  drawn: ReadonlySet<string>;
  onPick: (actorId: string) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'total', descending: true });
  const [all, setAll] = useState(false);
  // Every stance that any relay passed on gets a column; the others are named as silent.
  const stances = STANCES.filter((_, s) => amplifiers.some((a) => a.byStance[s]! > 0));
  const silent = STANCES.filter((stance) => !stances.includes(stance));
  const order = compare(sort.key);
  const rows = [...amplifiers].sort((a, b) => (sort.descending ? order(b, a) : order(a, b)));
  const shown = all ? rows : rows.slice(0, ROWS);

  const header = (key: SortKey, label: React.ReactNode, title?: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        className={`px-2 py-1 align-bottom font-semibold ${key === 'name' ? 'sticky left-0 bg-paper text-left' : 'text-right'}`}
        title={title}
      >
        <button
          type="button"
          className="inline-flex items-center gap-1 text-left underline decoration-dotted"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'name' })}
        >
          {label}
          <span aria-hidden="true" className="text-muted">
            {active ? (sort.descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  if (amplifiers.length === 0)
    return <p className="mt-2 text-sm text-muted">No claim among these passed through a relay.</p>;
  return (
    <>
      <div className="mt-2 max-w-full overflow-x-auto rounded border border-rule">
        <table className="w-full text-sm tabular-nums">
          <caption className="sr-only">
            Relays and the claims they passed on, by the stance of the claim; sortable by each column
          </caption>
          <thead className="border-b border-rule">
            <tr>
              {header('name', 'Relay')}
              {stances.map((stance) =>
                header(
                  stance,
                  <span className="inline-flex items-center gap-1">
                    <StanceSwatch stance={stance} />
                    {STANCE_LABEL[stance]}
                  </span>,
                  STANCE_HINT[stance],
                ),
              )}
              {header('total', 'All')}
            </tr>
          </thead>
          <tbody>
            {shown.map((amplifier) => (
              <tr key={amplifier.actorId} className="border-b border-rule/60 last:border-0">
                <th scope="row" className="sticky left-0 min-w-36 bg-paper px-2 py-1 text-left font-normal">
                  {drawn.has(amplifier.actorId) ? (
                    <button
                      type="button"
                      className="text-left text-accent underline"
                      onClick={() => onPick(amplifier.actorId)}
                    >
                      {amplifier.label}
                    </button>
                  ) : (
                    amplifier.label
                  )}
                  <span className="block text-xs text-muted">
                    <StanceBadge stance={amplifier.stance} />
                  </span>
                </th>
                {stances.map((stance) => {
                  const n = amplifier.byStance[STANCES.indexOf(stance)]!;
                  return (
                    <td key={stance} className={`px-2 py-1 text-right ${n === 0 ? 'text-muted' : ''}`}>
                      {formatNumber(n)}
                    </td>
                  );
                })}
                <td className="px-2 py-1 text-right font-semibold">{formatNumber(amplifier.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {silent.length > 0 && (
        <p className="mt-1 text-sm text-muted">
          No relay passed on a claim from: {silent.map((stance) => STANCE_LABEL[stance]).join(', ')}.
        </p>
      )}
      {rows.length > ROWS && (
        <button
          type="button"
          className="mt-2 rounded border border-rule px-2 py-1 text-sm"
          onClick={() => setAll(!all)}
        >
          {all ? `Show the first ${ROWS} relays` : `Show all ${plural(rows.length, 'relay')}`}
        </button>
      )}
    </>
  );
}
