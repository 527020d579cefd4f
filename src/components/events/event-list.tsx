import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { activeDimensions, type FilterResult, type Filters } from '../../domain/filters.ts';
import { stanceCountsByEvent } from '../../domain/tallies.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { EventRow } from './event-row.tsx';

/** Lists longer than this are windowed: only the rows near the viewport are in the page. */
const WINDOW_ABOVE = 150;
const PREVIEW = 2;

export function EventList({ result, filters }: { result: FilterResult; filters: Filters }) {
  const index = useIndex();
  const filtered = activeDimensions(filters).length > 0;
  const counts = useMemo(() => stanceCountsByEvent(index, result.claims), [index, result]);
  const previews = useMemo(
    () => (filtered ? firstClaimsByEvent(index, result.claims) : null),
    [index, result, filtered],
  );

  const rowFor = (position: number) => {
    const event = index.events[position]!;
    const matching = previews?.get(position) ?? [];
    return (
      <EventRow
        event={event}
        stanceCounts={counts.get(position)}
        preview={matching.map((i) => ({
          claim: index.claims[i]!,
          actorName: index.actorById.get(index.claims[i]!.actorId)?.name ?? '',
        }))}
        more={filtered ? (result.claimsPerEvent.get(position) ?? 0) - matching.length : 0}
      />
    );
  };

  if (result.events.length > WINDOW_ABOVE) return <WindowedList positions={result.events} rowFor={rowFor} />;
  return (
    <ol className="list-none">
      {result.events.map((position) => (
        <li key={index.events[position]!.id}>{rowFor(position)}</li>
      ))}
    </ol>
  );
}

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

function WindowedList({ positions, rowFor }: { positions: number[]; rowFor: (position: number) => React.ReactNode }) {
  const listRef = useRef<HTMLOListElement>(null);
  // Where the list starts in the page; what sits above it (notices, summary) can move it.
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = listRef.current;
    if (!element) return;
    const measure = () => setTop(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: positions.length,
    estimateSize: () => 120,
    overscan: 8,
    scrollMargin: top,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <ol
      ref={listRef}
      className="relative list-none"
      style={{ height: virtualizer.getTotalSize() }}
      aria-label={`${positions.length} events; rows load as you scroll`}
    >
      {items.map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          aria-setsize={positions.length}
          aria-posinset={item.index + 1}
          className="absolute inset-x-0 top-0"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          {rowFor(positions[item.index]!)}
        </li>
      ))}
    </ol>
  );
}
