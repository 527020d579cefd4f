import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { plural } from '../../domain/numbers.ts';

/** A long event list in which only the rows near the viewport are in the page. */
export function WindowedList({
  positions,
  rowFor,
}: {
  positions: number[];
  rowFor: (position: number) => React.ReactNode;
}) {
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
    overscan: 3,
    scrollMargin: top,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <ol
      ref={listRef}
      className="relative list-none"
      style={{ height: virtualizer.getTotalSize() }}
      aria-label={`${plural(positions.length, 'event')}; rows load as you scroll`}
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
