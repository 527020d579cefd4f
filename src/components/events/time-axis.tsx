import { useMemo, memo } from 'react';
import { STANCES } from '../../domain/vocabulary.ts';
import type { FilterResult } from '../../domain/filters.ts';
import { binByTime, timeExtent } from '../../domain/tallies.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { STANCE_FILL, STANCE_LABEL } from '../labels.ts';
import { EventTrack, HATCH } from './event-track.tsx';
import { TimeBrush } from './time-brush.tsx';

const BINS = 120;
const HEIGHT = 64;

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * A compact time axis over the whole dataset: claims that match the filters, stacked by
 * stance, in equal slices of time. The axis stays put as filters change.
 */
export const TimeAxis = memo(function TimeAxis({ result }: { result: FilterResult }) {
  const index = useIndex();
  const extent = useMemo(() => timeExtent(index), [index]);
  const bins = useMemo(() => (extent ? binByTime(index, result.claims, extent, BINS) : []), [index, result, extent]);
  if (!extent || bins.length === 0) return null;
  const max = Math.max(1, ...bins.map((bin) => bin.total));
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
        <svg
          viewBox={`0 0 100 ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-16 w-full overflow-visible"
          role="img"
          aria-label={`Claims over time, ${firstYear} to ${lastYear}, by stance. Busiest period: ${
            busiest[0] ? `${yearOf(busiest[0].from)}, ${busiest[0].total} claims` : 'none'
          }.`}
        >
          <line
            x1="0"
            x2="100"
            y1={HEIGHT}
            y2={HEIGHT}
            stroke="var(--color-rule)"
            strokeWidth="0.5"
            vectorEffect="non-scaling-stroke"
          />
          {bins.map((bin, b) => {
            if (bin.total === 0) return null;
            let y = HEIGHT;
            const width = 100 / BINS;
            return (
              <g key={b}>
                <title>{`${yearOf(bin.from)}: ${bin.total} claims in ${bin.events} events`}</title>
                {STANCES.map((stance, s) => {
                  const count = bin.stances[s]!;
                  if (count === 0) return null;
                  const h = Math.max(1.5, (count / max) * (HEIGHT - 4));
                  y -= h;
                  return (
                    <rect key={stance} x={b * width} y={y} width={width * 0.85} height={h} fill={STANCE_FILL[stance]} />
                  );
                })}
              </g>
            );
          })}
        </svg>
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
