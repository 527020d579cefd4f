import type { Ref } from 'react';
import { tickLabels, type FigureScale } from '../../domain/figures.ts';

/** Text-xs digits (tabular) are 0.65em wide at most: 7.8 px. */
const TICK_CHAR_WIDTH = 7.8;
const ANCHOR = { start: '', center: '-translate-x-1/2', end: '-translate-x-full' } as const;

/**
 * The numbers under a figure axis, as many as fit `width` pixels without running into
 * each other. `measure`: where the caller measures the axis' width, when it does.
 */
export function TickAxis({
  scale,
  width,
  measure,
}: {
  scale: FigureScale;
  width: number;
  measure?: Ref<HTMLSpanElement>;
}) {
  return (
    <span ref={measure} className="relative block h-5 border-t border-muted text-xs text-muted tabular-nums">
      {tickLabels(scale, width, TICK_CHAR_WIDTH).map((label) => (
        <span
          key={label.value}
          className={`absolute top-0.5 whitespace-nowrap ${ANCHOR[label.align]}`}
          style={{ left: `${label.at * 100}%` }}
        >
          {label.text}
        </span>
      ))}
    </span>
  );
}
