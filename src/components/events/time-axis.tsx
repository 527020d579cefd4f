import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { STANCES } from '../../domain/vocabulary.ts';
import { LIST_KEYS } from '../../domain/dimensions.ts';
import type { FilterResult } from '../../domain/filters.ts';
import { binByTime, timeExtent } from '../../domain/tallies.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { STANCE_LABEL } from '../labels.ts';
import { AxisCanvas, type StanceColors } from './axis-canvas.tsx';
import { EventTrack, HATCH } from './event-track.tsx';
import { TimeBrush } from './time-brush.tsx';

const BINS = 120;
const HEIGHT = 64;

/** What the axis starts from: nothing to draw yet. Its frame is there, so nothing moves. */
const NO_MARKS: FilterResult = {
  claimCount: 0,
  matches: new Uint8Array(0),
  events: [],
  claimsPerEvent: new Uint32Array(0),
  stancesPerEvent: new Uint32Array(0),
  facets: Object.fromEntries(LIST_KEYS.map((key) => [key, new Uint32Array(0)])) as FilterResult['facets'],
  blockedBy: {},
};

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * A compact time axis over the whole dataset: claims that match the filters, stacked by
 * stance, in equal slices of time. The axis stays put as filters change.
 */
export const TimeAxis = memo(function TimeAxis({ result: latest }: { result: FilterResult }) {
  const index = useIndex();
  // The axis follows the list in a later, interruptible render, so that the list paints
  // first; on the first render too, where it starts without bars and marks.
  const result = useDeferredValue(latest, NO_MARKS);
  const extent = useMemo(() => timeExtent(index), [index]);
  const bins = useMemo(() => (extent ? binByTime(index, result, extent, BINS) : []), [index, result, extent]);
  const drawBars = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number, colors: StanceColors) => {
      const max = Math.max(1, ...bins.map((bin) => bin.total));
      const slot = width / BINS;
      context.fillStyle = colors.rule;
      context.fillRect(0, height - 1, width, 1);
      bins.forEach((bin, b) => {
        let y = height;
        STANCES.forEach((stance, s) => {
          const count = bin.stances[s]!;
          if (!count) return;
          const h = Math.max(1.5, (count / max) * (height - 4));
          y -= h;
          context.fillStyle = colors[stance];
          context.fillRect(b * slot, y, Math.max(1, slot * 0.85), h);
        });
      });
    },
    [bins],
  );
  if (!extent || bins.length === 0) return null;
  const firstYear = yearOf(extent.from);
  const lastYear = yearOf(extent.to);
  const span = extent.to - extent.from + 1;
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  const ticks: number[] = [];
  for (let year = firstYear; year <= lastYear; year += step) ticks.push(year);
  const x = (day: number) => ((day - extent.from) / span) * 100;
  const busiest = [...bins].sort((a, b) => b.total - a.total).filter((b) => b.total > 0);

  return (
    <figure className="mt-7">
      <TimeBrush extent={extent}>
        <div
          role="img"
          aria-label={`Claims over time, ${firstYear} to ${lastYear}, by stance. Busiest period: ${
            busiest[0] ? `${yearOf(busiest[0].from)}, ${busiest[0].total} claims` : 'none'
          }.`}
        >
          <AxisCanvas height={HEIGHT} draw={drawBars} />
        </div>
        <EventTrack result={result} extent={extent} />
      </TimeBrush>
      <div className="relative mt-1 h-4 text-xs text-muted" aria-hidden="true">
        {ticks
          .filter((year) => x(Date.UTC(year, 0, 1) / 86_400_000) >= 0)
          .map((year) => (
            <span
              key={year}
              className="absolute -translate-x-1/2 tabular-nums"
              style={{ left: `${x(Date.UTC(year, 0, 1) / 86_400_000)}%` }}
            >
              {year}
            </span>
          ))}
      </div>
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-muted">
        <span>Drag across the axis to set the dates, or type them in From and To (under Filters).</span>
        <span aria-hidden="true" className="flex items-center gap-1.5">
          Events: <span className="inline-block h-2.5 w-0.5 bg-muted" /> day or month
          <span className="inline-block h-2.5 w-4 bg-muted opacity-55" /> year
          <span
            className="inline-block h-2.5 w-4 bg-muted"
            style={{ background: `${HATCH}, var(--color-muted)` }}
          />{' '}
          approximate
        </span>
      </p>
      <figcaption className="sr-only">
        {STANCES.map((s) => STANCE_LABEL[s]).join(', ')} shown by colour; the list below gives the same events in words.
      </figcaption>
    </figure>
  );
});
