import { useCallback, useMemo } from 'react';
import type { FilterResult } from '../../domain/filters.ts';
import { dayToX, type TimeScale } from '../../domain/time-scale.ts';
import { eventMarks, type EventMark } from '../../domain/time-track.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AxisCanvas, drawBreaks, type StanceColors } from './axis-canvas.tsx';

/** Slots for merging marks: finer than the bars, so a month still reads as a month. */
const SLOTS = 240;
const HEIGHT = 10;

/** Hatching over a mark says its date is approximate (the legend uses the same). */
export const HATCH = 'repeating-linear-gradient(135deg, var(--color-paper) 0 1.5px, transparent 1.5px 4px)';

/**
 * Diagonal strokes in the paper colour, as in the legend, as a repeating pattern: one
 * fill per approximate mark instead of a clipped path of strokes.
 */
function hatchPattern(context: CanvasRenderingContext2D, colors: StanceColors): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 4;
  const pen = tile.getContext('2d');
  if (!pen) return null;
  pen.strokeStyle = colors.paper;
  pen.lineWidth = 1.5;
  pen.beginPath();
  // One stripe every 4 px, as in the legend; the neighbours' ends make the tiles meet.
  for (const offset of [-4, 0, 4]) {
    pen.moveTo(offset, 4);
    pen.lineTo(offset + 4, 0);
  }
  pen.stroke();
  return context.createPattern(tile, 'repeat');
}

/** Bands of stance colour, top to bottom, in proportion to the claims about the events. */
function drawMark(
  context: CanvasRenderingContext2D,
  mark: EventMark,
  x: number,
  w: number,
  colors: StanceColors,
  hatch: CanvasPattern | null,
) {
  const total = mark.stances.reduce((sum, n) => sum + n, 0);
  context.globalAlpha = mark.precision === 'year' ? 0.55 : 1;
  if (total === 0) {
    context.fillStyle = colors.muted;
    context.fillRect(x, 0, w, HEIGHT);
  }
  let y = 0;
  for (let s = 0; s < STANCES.length; s++) {
    const h = (mark.stances[s]! / total) * HEIGHT;
    if (!h) continue;
    context.fillStyle = colors[STANCES[s]!];
    context.fillRect(x, y, w, h);
    y += h;
  }
  context.globalAlpha = 1;
  if (mark.approximate && hatch) {
    context.fillStyle = hatch;
    context.fillRect(x, 0, w, HEIGHT);
  }
}

/**
 * Each filtered event over the days it covers: a day-precise event is a tick, a
 * month-precise one spans its month, a year-precise one its year (lighter, so the
 * events inside it show through); approximate dates are hatched.
 */
export function EventTrack({ result, scale }: { result: FilterResult; scale: TimeScale }) {
  const index = useIndex();
  const marks = useMemo(
    () => eventMarks(index, result.events, result.stancesPerEvent, scale, SLOTS),
    [index, result, scale],
  );
  const draw = useCallback(
    (context: CanvasRenderingContext2D, width: number, _height: number, colors: StanceColors) => {
      context.fillStyle = colors.rule;
      context.globalAlpha = 0.4;
      context.fillRect(0, 0, width, HEIGHT);
      context.globalAlpha = 1;
      const hatch = marks.some((mark) => mark.approximate) ? hatchPattern(context, colors) : null;
      for (const mark of marks) {
        const x = dayToX(scale, mark.from) * width;
        drawMark(context, mark, x, Math.max(2, dayToX(scale, mark.to + 1) * width - x), colors, hatch);
      }
      drawBreaks(context, scale, width, HEIGHT, colors);
    },
    [marks, scale],
  );
  return <AxisCanvas height={HEIGHT} className="mt-1" draw={draw} />;
}
