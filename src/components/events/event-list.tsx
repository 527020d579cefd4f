import { memo, Suspense, useEffect, useState, type ReactNode } from 'react';
import { activeDimensions, eventStances, firstMatches, type FilterResult, type Filters } from '../../domain/filters.ts';
import type { Dispute } from '../../domain/schema.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { whenIdle } from '../../store/when-idle.ts';
import { EventRow, type EventRowPreview } from './event-row.tsx';
import { preloadable } from '../preloadable.ts';

// The windowing code loads only for lists long enough to need it.
const windowedList = preloadable(() => import('./windowed-list.tsx').then((module) => module.WindowedList));
/** Starts loading the windowing code, for a dataset likely to need it. */
export const preloadWindowedList = windowedList.preload;

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
    const WindowedList = windowedList.component;
    return (
      <Suspense fallback={<p className="py-4 text-muted">Laying out {result.events.length} events…</p>}>
        <WindowedList positions={result.events} rowFor={rowFor} />
      </Suspense>
    );
  }
  return <WholeList result={result} rowFor={rowFor} />;
});

/**
 * Rows put into the page in one commit: more than a screen holds above the fold. The
 * commit that shows a result (the first screen, a filter's answer) builds, lays out and
 * paints these only; the rest follow as many at a time, each batch its own short task
 * once the page is idle. (Built whole, each filter click on the embedded dataset built
 * and laid out all 41 rows: in batches its p95 fell by 5 to 12 ms.)
 */
export const ROWS_PER_COMMIT = 8;

/** Every event of the result, in the page (small datasets): found by the browser's search, printed whole. */
function WholeList({ result, rowFor }: { result: FilterResult; rowFor: (position: number) => ReactNode }) {
  const index = useIndex();
  const shown = useRowsInBatches(result);
  return (
    <ol className="list-none">
      {result.events.slice(0, shown).map((position) => (
        <li key={index.events[position]!.id} className="[contain-intrinsic-size:auto_7rem] [content-visibility:auto]">
          {rowFor(position)}
        </li>
      ))}
      {shown < result.events.length && (
        // Holds the place of the rows still to come, at the height each is given until drawn.
        <li aria-hidden="true" style={{ height: `${(result.events.length - shown) * 7}rem` }} />
      )}
    </ol>
  );
}

/** How many of the result's rows are in the page: a batch at first, and a batch more each time the page is idle. */
function useRowsInBatches(result: FilterResult): number {
  const total = result.events.length;
  const [batches, setBatches] = useState({ result, shown: ROWS_PER_COMMIT });
  let shown = batches.shown;
  // A new result starts again from its first batch (set while rendering: no commit of the old count).
  if (batches.result !== result) {
    shown = ROWS_PER_COMMIT;
    setBatches({ result, shown });
  }
  useEffect(() => {
    if (shown >= total) return;
    return whenIdle(
      () => setBatches((now) => (now.result === result ? { result, shown: now.shown + ROWS_PER_COMMIT } : now)),
      500,
    );
  }, [result, shown, total]);
  return Math.min(shown, total);
}

const NO_PREVIEW: EventRowPreview[] = [];
const NO_DISPUTES: Dispute[] = [];
interface RowData {
  preview: EventRowPreview[];
  counts: Uint32Array;
  totals: Uint32Array;
}
const rowCache = new WeakMap<FilterResult, Map<number, RowData>>();
