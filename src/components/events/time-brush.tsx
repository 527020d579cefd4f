import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { dayNumber, formatPartialDate, spanEnd, spanStart } from '../../domain/dates.ts';
import { dayToX, xToDay, type DayRange, type TimeScale } from '../../domain/time-scale.ts';
import { brushDates, datesInWords, stepDates, type DateStep } from '../../domain/time-track.ts';
import { useExplorerStore, useFilters } from '../../store/explorer-store.ts';

/** Below this many pixels a press is a click, not a brush. */
const MIN_DRAG = 4;

const STEPS: Record<string, DateStep> = {
  ArrowRight: 'forward',
  ArrowUp: 'forward',
  ArrowLeft: 'back',
  ArrowDown: 'back',
};
const RESIZE: Record<string, DateStep> = {
  ArrowRight: 'longer',
  ArrowUp: 'longer',
  ArrowLeft: 'shorter',
  ArrowDown: 'shorter',
};

function rangeText(from?: string, to?: string): string {
  return `${from ? formatPartialDate(from) : 'start'} – ${to ? formatPartialDate(to) : 'end'}`;
}

/**
 * Brushing on the time axis: dragging across it sets From and To (the URL follows
 * through the store), a click clears them, and from the keyboard the arrows move them.
 * The band shows the dates in force, typed or brushed, and while dragging it shows the
 * dates the drag will set, already rounded to their precision.
 *
 * @param onHold called with true when a drag starts and false when it ends: the axis
 *   keeps its scale meanwhile, so that nothing moves under the pointer.
 * @param onHover the pointer's position over the axis (a fraction of its width), or null.
 * @param limits the whole dataset's days: how far the keys may move the dates.
 */
export function TimeBrush({
  scale,
  limits,
  onHold,
  onHover,
  hint,
  children,
}: {
  scale: TimeScale;
  limits: DayRange;
  onHold: (held: boolean) => void;
  onHover: (x: number | null) => void;
  hint: string;
  children: ReactNode;
}) {
  const filters = useFilters();
  const datesChanged = useExplorerStore((s) => s.datesChanged);
  const frame = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [drag, setDrag] = useState<{ x: number; bx: number; a: number; b: number } | null>(null);

  const fractionAt = (clientX: number) => {
    const rect = frame.current!.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - rect.left) / Math.max(1, rect.width)));
  };
  const dayAt = (clientX: number) => xToDay(scale, fractionAt(clientX));

  const preview = drag && Math.abs(drag.bx - drag.x) >= MIN_DRAG ? brushDates(drag.a, drag.b) : null;
  const from = preview ? preview.from : filters.from;
  const to = preview ? preview.to : filters.to;
  const band =
    from || to
      ? {
          start: Math.max(scale.from, from ? dayNumber(spanStart(from)) : scale.from),
          end: Math.min(scale.to, to ? dayNumber(spanEnd(to)) : scale.to),
        }
      : null;
  const left = band ? dayToX(scale, band.start) * 100 : 0;

  const release = () => {
    setDrag(null);
    onHold(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Delete' || event.key === 'Backspace') {
      if (!filters.from && !filters.to) return;
      datesChanged(undefined, undefined);
    } else {
      const step = (event.shiftKey ? RESIZE : STEPS)[event.key];
      if (!step) return;
      const next = stepDates(filters, step, limits);
      datesChanged(next.from, next.to);
    }
    event.preventDefault();
  };

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
        onHold(true);
        onHover(null);
      }}
      onPointerMove={(event) => {
        if (drag) setDrag({ ...drag, bx: event.clientX, b: dayAt(event.clientX) });
        else if (event.pointerType !== 'touch') onHover(fractionAt(event.clientX));
      }}
      onPointerLeave={() => onHover(null)}
      onPointerUp={(event) => {
        if (!drag) return;
        if (Math.abs(event.clientX - drag.x) >= MIN_DRAG) {
          const dates = brushDates(drag.a, dayAt(event.clientX));
          datesChanged(dates.from, dates.to);
        } else if (filters.from || filters.to) {
          // A click, not a drag: back to all dates.
          datesChanged(undefined, undefined);
        }
        release();
      }}
      onPointerCancel={release}
    >
      {children}
      {band && band.end >= band.start && (
        <div
          data-testid="time-band"
          className={`pointer-events-none absolute inset-y-0 border-x-2 border-accent ${drag ? 'bg-accent/25' : 'bg-accent/15'}`}
          style={{ left: `${left}%`, width: `${dayToX(scale, band.end + 1) * 100 - left}%` }}
        >
          <span
            className={`absolute -top-5 rounded bg-paper/90 px-1 text-xs whitespace-nowrap text-ink tabular-nums ${
              left > 70 ? 'right-0' : 'left-0'
            }`}
          >
            {rangeText(from, to)}
          </span>
        </div>
      )}
      {/* The brush as one control for the keyboard and for screen readers, over the whole strip. */}
      <div
        role="slider"
        tabIndex={0}
        aria-label="Dates shown"
        aria-valuemin={limits.from}
        aria-valuemax={limits.to}
        aria-valuenow={Math.min(limits.to, Math.max(limits.from, band?.start ?? limits.from))}
        aria-valuetext={filters.from || filters.to ? datesInWords(filters.from, filters.to) : 'all dates'}
        aria-describedby={hintId}
        className="absolute inset-0 rounded-sm"
        onKeyDown={onKeyDown}
      />
      <span id={hintId} hidden>
        {hint}
      </span>
    </div>
  );
}
