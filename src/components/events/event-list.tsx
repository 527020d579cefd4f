import { lazy, memo, Suspense, useMemo } from 'react';
import { activeDimensions, type FilterResult, type Filters } from '../../domain/filters.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { selectStanceCounts } from '../../store/results.ts';
import { EventRow, type EventRowPreview } from './event-row.tsx';

// The windowing code loads only for lists long enough to need it.
const WindowedList = lazy(() => import('./windowed-list.tsx').then((m) => ({ default: m.WindowedList })));

/** Lists longer than this are windowed: only the rows near the viewport are in the page. */
const WINDOW_ABOVE = 150;
const PREVIEW = 2;

/** Memoized: while a deferred filter change is pending, the list keeps its last result without re-rendering. */
export const EventList = memo(function EventList({ result, filters }: { result: FilterResult; filters: Filters }) {
  const index = useIndex();
  const filtered = activeDimensions(filters).length > 0;
  const counts = selectStanceCounts(index, result);
  // Built once per result, so that each row gets the same preview array until the result changes.
  const previews = useMemo(() => {
    if (!filtered) return null;
    const rows = new Map<number, EventRowPreview[]>();
    for (const [position, claims] of firstClaimsByEvent(index, result.claims))
      rows.set(
        position,
        claims.map((i) => ({
          claim: index.claims[i]!,
          actorName: index.actorById.get(index.claims[i]!.actorId)?.name ?? '',
        })),
      );
    return rows;
  }, [index, result, filtered]);

  const rowFor = (position: number) => {
    const event = index.events[position]!;
    const matching = previews?.get(position) ?? NO_PREVIEW;
    return (
      <EventRow
        event={event}
        stanceCounts={counts.get(position)}
        preview={matching}
        more={filtered ? (result.claimsPerEvent.get(position) ?? 0) - matching.length : 0}
      />
    );
  };

  if (result.events.length > WINDOW_ABOVE)
    return (
      <Suspense fallback={<p className="py-4 text-muted">Laying out {result.events.length} events…</p>}>
        <WindowedList positions={result.events} rowFor={rowFor} />
      </Suspense>
    );
  return (
    <ol className="list-none">
      {result.events.map((position) => (
        <li key={index.events[position]!.id} className="[contain-intrinsic-size:auto_7rem] [content-visibility:auto]">
          {rowFor(position)}
        </li>
      ))}
    </ol>
  );
});

const NO_PREVIEW: EventRowPreview[] = [];

function firstClaimsByEvent(index: DatasetIndex, claims: readonly number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const i of claims) {
    const position = index.columns.event[i]!;
    const list = map.get(position);
    if (!list) map.set(position, [i]);
    else if (list.length < PREVIEW) list.push(i);
  }
  return map;
}
