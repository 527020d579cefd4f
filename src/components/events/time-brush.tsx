import { useRef, useState, type ReactNode } from 'react';
import { dayNumber, formatPartialDate, spanEnd, spanStart } from '../../domain/dates.ts';
import { brushDates } from '../../domain/time-track.ts';
import { useExplorerStore, useFilters } from '../../store/explorer-store.ts';

/** Below this many pixels a press is a click, not a brush. */
const MIN_DRAG = 4;

function rangeText(from?: string, to?: string): string {
  return `${from ? formatPartialDate(from) : 'start'} – ${to ? formatPartialDate(to) : 'end'}`;
}

/**
 * Brushing on the time axis: dragging across it sets From and To (the URL follows
 * through the store). The band shows the dates in force, typed or brushed, and while
 * dragging it shows the dates the drag will set, already rounded to their precision.
 */
export function TimeBrush({ extent, children }: { extent: { from: number; to: number }; children: ReactNode }) {
  const filters = useFilters();
  const datesChanged = useExplorerStore((s) => s.datesChanged);
  const frame = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ x: number; bx: number; a: number; b: number } | null>(null);
  const span = extent.to - extent.from + 1;

  const dayAt = (clientX: number) => {
    const rect = frame.current!.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (clientX - rect.left) / Math.max(1, rect.width)));
    return extent.from + fraction * (span - 1);
  };

  const preview = drag && Math.abs(drag.bx - drag.x) >= MIN_DRAG ? brushDates(drag.a, drag.b) : null;
  const from = preview ? preview.from : filters.from;
  const to = preview ? preview.to : filters.to;
  const band =
    from || to
      ? {
          start: Math.max(extent.from, from ? dayNumber(spanStart(from)) : extent.from),
          end: Math.min(extent.to, to ? dayNumber(spanEnd(to)) : extent.to),
        }
      : null;
  const x = (day: number) => ((day - extent.from) / span) * 100;

  return (
    <div
      ref={frame}
      className="relative cursor-crosshair touch-pan-y select-none"
      data-testid="time-brush"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        const day = dayAt(event.clientX);
        setDrag({ x: event.clientX, bx: event.clientX, a: day, b: day });
      }}
      onPointerMove={(event) => drag && setDrag({ ...drag, bx: event.clientX, b: dayAt(event.clientX) })}
      onPointerUp={(event) => {
        if (drag && Math.abs(event.clientX - drag.x) >= MIN_DRAG) {
          const dates = brushDates(drag.a, dayAt(event.clientX));
          datesChanged(dates.from, dates.to);
        }
        setDrag(null);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      {children}
      {band && band.end >= band.start && (
        <div
          data-testid="time-band"
          className={`pointer-events-none absolute inset-y-0 border-x-2 border-accent ${drag ? 'bg-accent/25' : 'bg-accent/15'}`}
          style={{ left: `${x(band.start)}%`, width: `${x(band.end + 1) - x(band.start)}%` }}
        >
          <span
            className={`absolute -top-5 rounded bg-paper/90 px-1 text-xs whitespace-nowrap text-ink tabular-nums ${
              x(band.start) > 70 ? 'right-0' : 'left-0'
            }`}
          >
            {rangeText(from, to)}
          </span>
        </div>
      )}
    </div>
  );
}
