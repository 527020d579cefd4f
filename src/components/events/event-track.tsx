import { useCallback, useMemo } from 'react';
import type { FilterResult } from '../../domain/filters.ts';
import { eventMarks, type EventMark } from '../../domain/time-track.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AxisCanvas, type StanceColors } from './axis-canvas.tsx';

/** Slots for merging marks: finer than the bars, so a month still reads as a month. */
const SLOTS = 240;
const HEIGHT = 10;

/** Hatching over a mark says its date is approximate (the legend uses the same). */
export const HATCH = 'repeating-linear-gradient(135deg, var(--color-paper) 0 1.5px, transparent 1.5px 4px)';

/** Bands of stance colour, top to bottom, in proportion to the claims about the events. */
function drawMark(context: CanvasRenderingContext2D, mark: EventMark, x: number, w: number, colors: StanceColors) {
  const total = mark.stances.reduce((sum, n) => sum + n, 0);
  context.globalAlpha = mark.precision === 'year' ? 0.55 : 1;
  if (total === 0) {
    context.fillStyle = colors.muted;
    context.fillRect(x, 0, w, HEIGHT);
  }
  let y = 0;
  STANCES.forEach((stance, s) => {
    const h = (mark.stances[s]! / total) * HEIGHT;
    if (!h) return;
    context.fillStyle = colors[stance];
    context.fillRect(x, y, w, h);
    y += h;
  });
  if (mark.approximate) {
    // Diagonal strokes in the paper colour, clipped to the mark, as in the legend.
    context.save();
    context.globalAlpha = 1;
    context.beginPath();
    context.rect(x, 0, w, HEIGHT);
    context.clip();
    context.strokeStyle = colors.paper;
    context.lineWidth = 1.5;
    context.beginPath();
    for (let hx = x - HEIGHT; hx < x + w; hx += 4) {
      context.moveTo(hx, HEIGHT);
      context.lineTo(hx + HEIGHT, 0);
    }
    context.stroke();
    context.restore();
  }
  context.globalAlpha = 1;
}

/**
 * Each filtered event over the days it covers: a day-precise event is a tick, a
 * month-precise one spans its month, a year-precise one its year (lighter, so the
 * events inside it show through); approximate dates are hatched.
 */
export function EventTrack({ result, extent }: { result: FilterResult; extent: { from: number; to: number } }) {
  const index = useIndex();
  const marks = useMemo(
    () => eventMarks(index, result.events, result.stancesPerEvent, extent, SLOTS),
    [index, result, extent],
  );
  const draw = useCallback(
    (context: CanvasRenderingContext2D, width: number, _height: number, colors: StanceColors) => {
      const span = extent.to - extent.from + 1;
      context.fillStyle = colors.rule;
      context.globalAlpha = 0.4;
      context.fillRect(0, 0, width, HEIGHT);
      context.globalAlpha = 1;
      for (const mark of marks) {
        const x = ((mark.from - extent.from) / span) * width;
        drawMark(context, mark, x, Math.max(2, ((mark.to - mark.from + 1) / span) * width), colors);
      }
    },
    [marks, extent],
  );
  return <AxisCanvas height={HEIGHT} className="mt-1" draw={draw} />;
}
