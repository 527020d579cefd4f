import { lazy, memo, Suspense } from 'react';
import { activeDimensions, eventStances, firstMatches, type FilterResult, type Filters } from '../../domain/filters.ts';
import type { Dispute } from '../../domain/schema.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { EventRow, type EventRowPreview } from './event-row.tsx';

// The windowing code loads only for lists long enough to need it.
let windowing: typeof import('./windowed-list.tsx') | null = null;
/**
 * Starts loading the windowing code. Once it is here, lists render with it at once:
 * through `lazy` they would suspend, and React holds a retry back for up to 300 ms.
 */
export function preloadWindowedList() {
  return import('./windowed-list.tsx').then((module) => (windowing = module));
}
const LazyWindowedList = lazy(() => preloadWindowedList().then((module) => ({ default: module.WindowedList })));

/**
 * Datasets with more events than this list them windowed: only the rows near the viewport
 * are in the page. The choice follows the dataset, not the result, so that a filter never
 * swaps one kind of list for the other, and a result of a hundred rows is not built whole.
 */
const WINDOW_ABOVE = 150;
const PREVIEW = 2;

/** Memoized: renders of the page that leave the result alone (the axis catching up, a URL update) skip the list. */
export const EventList = memo(function EventList({ result, filters }: { result: FilterResult; filters: Filters }) {
  const index = useIndex();
  const filtered = activeDimensions(filters).length > 0;
  // Rows are built only for the events on screen, each once per result, so that a row
  // gets the same preview array and counts until the result changes.
  const rows = rowCache.get(result) ?? new Map<number, RowData>();
  rowCache.set(result, rows);
  const rowData = (position: number) => {
    let row = rows.get(position);
    if (!row) {
      const preview = filtered
        ? firstMatches(index, result, position, PREVIEW).map((i) => ({
            claim: index.claims[i]!,
            actorName: index.actorById.get(index.claims[i]!.actorId)?.name ?? '',
          }))
        : NO_PREVIEW;
      const totals = index.eventStanceTotals.subarray(position * STANCES.length, (position + 1) * STANCES.length);
      rows.set(position, (row = { preview, counts: eventStances(result, position), totals }));
    }
    return row;
  };

  const rowFor = (position: number) => {
    const { preview, counts, totals } = rowData(position);
    return (
      <EventRow
        event={index.events[position]!}
        stanceCounts={counts}
        stanceTotals={totals}
        disputes={index.disputesByEvent.get(index.events[position]!.id) ?? NO_DISPUTES}
        preview={preview}
        more={filtered ? result.claimsPerEvent[position]! - preview.length : 0}
      />
    );
  };

  if (index.events.length > WINDOW_ABOVE && result.events.length > 0) {
    const WindowedList = windowing?.WindowedList ?? LazyWindowedList;
    return (
      <Suspense fallback={<p className="py-4 text-muted">Laying out {result.events.length} events…</p>}>
        <WindowedList positions={result.events} rowFor={rowFor} />
      </Suspense>
    );
  }
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
const NO_DISPUTES: Dispute[] = [];
interface RowData {
  preview: EventRowPreview[];
  counts: Uint32Array;
  totals: Uint32Array;
}
const rowCache = new WeakMap<FilterResult, Map<number, RowData>>();
