import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { dayNumber, spanEnd, spanStart } from '../../domain/dates.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { LIST_KEYS } from '../../domain/dimensions.ts';
import type { FilterResult } from '../../domain/filters.ts';
import { axisSummary, binByTime, binIndexAt, occupiedRuns, timeExtent, type TimeBin } from '../../domain/tallies.ts';
import { axisDomain, dayToX, scaleBins, timeScale, xToDay, type TimeScale } from '../../domain/time-scale.ts';
import { useExplorerStore, useIndex } from '../../store/explorer-store.ts';
import { STANCE_LABEL } from '../labels.ts';
import { AxisCanvas, drawBreaks, type StanceColors } from './axis-canvas.tsx';
import { AxisTicks } from './axis-ticks.tsx';
import { EventTrack, HATCH } from './event-track.tsx';
import { StanceChart } from './stance-chart.tsx';
import { TimeBrush } from './time-brush.tsx';

// The tooltip shows only under a pointer: its code arrives on the first hover, not with the first screen.
const BarTooltip = lazy(() => import('./bar-tooltip.tsx').then((m) => ({ default: m.BarTooltip })));

const HEIGHT = 64;
const HINT =
  'Drag across the axis to set the dates, click it to clear them, or type them in From and To (under Filters). ' +
  'From the keyboard: arrows move the dates, Shift with arrows makes them longer or shorter, Escape clears them.';

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

/** Stacked bars of claims per stance, one per bin, as wide as the bin's days on the scale. */
function drawBins(
  context: CanvasRenderingContext2D,
  bins: readonly TimeBin[],
  scale: TimeScale,
  width: number,
  height: number,
  colors: StanceColors,
) {
  const max = Math.max(1, ...bins.map((bin) => bin.total));
  context.fillStyle = colors.rule;
  context.fillRect(0, height - 1, width, 1);
  for (const bin of bins) {
    const x = dayToX(scale, bin.from) * width;
    const w = Math.max(1, (dayToX(scale, bin.to + 1) * width - x) * 0.85);
    let y = height;
    STANCES.forEach((stance, s) => {
      const count = bin.stances[s]!;
      if (!count) return;
      const h = Math.max(1.5, (count / max) * (height - 4));
      y -= h;
      context.fillStyle = colors[stance];
      context.fillRect(x, y, w, h);
    });
  }
  drawBreaks(context, scale, width, height, colors);
}

/**
 * A compact time axis: claims that match the filters, stacked by stance, in bins of whole
 * days, weeks, months or years. It spans the dates chosen, or else the matching events,
 * and cuts long stretches without events, so that the busy years get the width.
 */
export const TimeAxis = memo(function TimeAxis({ result: latest }: { result: FilterResult }) {
  const index = useIndex();
  // The axis follows the list in a later, interruptible render, so that the list paints
  // first; on the first render too, where it starts without bars and marks. The dates it
  // spans follow with the bars, so that the two always agree.
  const result = useDeferredValue(latest, NO_MARKS);
  const from = useDeferredValue(useExplorerStore((s) => s.filters.from));
  const to = useDeferredValue(useExplorerStore((s) => s.filters.to));
  const limits = useMemo(() => timeExtent(index), [index]);
  // Before the first result, the span of every event: what an unfiltered axis shows.
  const events = useMemo(() => (result === NO_MARKS ? index.events.map((_, i) => i) : result.events), [index, result]);
  const live = useMemo(() => {
    if (!limits) return null;
    const runs = occupiedRuns(index, events);
    const chosen = {
      from: from ? dayNumber(spanStart(from)) : undefined,
      to: to ? dayNumber(spanEnd(to)) : undefined,
    };
    return timeScale(runs, axisDomain(runs, chosen, limits));
  }, [index, events, from, to, limits]);
  // Held while a brush is dragged: the bars do not move under the pointer.
  const [held, setHeld] = useState<TimeScale | null>(null);
  const scale = held ?? live;
  const bins = useMemo(() => (scale ? binByTime(index, result, scaleBins(scale)) : []), [index, result, scale]);
  // The bin under the pointer, in the bins it was found in: a new result or scale hides it.
  const [hovered, setHovered] = useState<{ bins: readonly TimeBin[]; at: number } | null>(null);
  const onHold = useCallback((hold: boolean) => setHeld(hold ? live : null), [live]);
  const onHover = useCallback(
    (x: number | null) => {
      const at = x === null || !scale ? null : hoveredBin(scale, bins, x);
      setHovered((last) => (at === null ? null : last?.bins === bins && last.at === at ? last : { bins, at }));
    },
    [scale, bins],
  );
  const dismiss = useCallback(() => setHovered(null), []);
  const drawBars = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number, colors: StanceColors) =>
      scale && drawBins(context, bins, scale, width, height, colors),
    [bins, scale],
  );
  if (!limits || !scale) return null;
  const hoveredBinData = hovered?.bins === bins ? bins[hovered.at] : undefined;

  return (
    <figure className="mt-7">
      <TimeBrush scale={scale} limits={limits} onHold={onHold} onHover={onHover} hint={HINT}>
        <div role="img" aria-label={axisSummary(scale, bins)}>
          <AxisCanvas height={HEIGHT} draw={drawBars} />
        </div>
        <EventTrack result={result} scale={scale} />
        {hoveredBinData && (
          <Suspense fallback={null}>
            <BarTooltip bin={hoveredBinData} scale={scale} onDismiss={dismiss} />
          </Suspense>
        )}
      </TimeBrush>
      <AxisTicks scale={scale} />
      <StanceChart bins={bins} scale={scale} />
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-muted">
        <span>
          Drag across the axis to set the dates, click it to clear them, or type them in From and To (under Filters).
        </span>
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

/** The bin under position `x`, or null over a break. */
function hoveredBin(scale: TimeScale, bins: readonly TimeBin[], x: number): number | null {
  const piece = scale.pieces.find((p) => x < p.x1);
  if (!piece || piece.cut || bins.length === 0) return null;
  return binIndexAt(bins, xToDay(scale, x));
}
