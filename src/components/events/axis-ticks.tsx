import { useMemo } from 'react';
import { scaleTicks, type TimeScale } from '../../domain/time-scale.ts';
import { useElementWidth } from '../use-element-width.ts';

/** Room for a label such as "Nov 2004" beside the next, in pixels. */
const LABEL_ROOM = 64;

/** A label's anchor: centred on its tick, but kept inside the axis at either end. */
export function anchorAt(x: number): string {
  return x < 0.04 ? 'translate-x-0' : x > 0.96 ? '-translate-x-full' : '-translate-x-1/2';
}

/** The dates under the axis, as many as fit its width. Decorative: the summary says the span. */
export function AxisTicks({ scale }: { scale: TimeScale }) {
  const [box, width] = useElementWidth<HTMLDivElement>(800);
  const ticks = useMemo(() => scaleTicks(scale, LABEL_ROOM / Math.max(1, width)), [scale, width]);
  return (
    <div ref={box} className="relative mt-1 h-4 text-xs text-muted" aria-hidden="true">
      {ticks.map((tick) => (
        <span
          key={tick.day}
          className={`absolute whitespace-nowrap tabular-nums ${anchorAt(tick.x)}`}
          style={{ left: `${tick.x * 100}%` }}
        >
          {tick.label}
        </span>
      ))}
    </div>
  );
}
