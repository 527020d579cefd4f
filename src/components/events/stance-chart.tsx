import { memo, useCallback, useMemo } from 'react';
import { sharesSummary, stanceShares, stanceTotals, type ShareBin } from '../../domain/stance-bins.ts';
import type { TimeBin } from '../../domain/tallies.ts';
import { dayToX, type TimeScale } from '../../domain/time-scale.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { STANCE_LABEL } from '../labels.ts';
import { StanceBadge } from '../stance-badge.tsx';
import { AxisCanvas, drawBreaks, type StanceColors } from './axis-canvas.tsx';

const HEIGHT = 28;

/** One bar per bin with claims, as wide as the axis' bar above it, split by stance from the bottom up. */
function drawShares(
  context: CanvasRenderingContext2D,
  bins: readonly ShareBin[],
  scale: TimeScale,
  width: number,
  height: number,
  colors: StanceColors,
) {
  context.fillStyle = colors.rule;
  context.fillRect(0, height - 1, width, 1);
  for (const bin of bins) {
    if (!bin.total) continue;
    const x = dayToX(scale, bin.from) * width;
    const w = Math.max(1, (dayToX(scale, bin.to + 1) * width - x) * 0.85);
    STANCES.forEach((stance, s) => {
      const h = (bin.edges[s + 1]! - bin.edges[s]!) * height;
      if (h <= 0) return;
      context.fillStyle = colors[stance];
      context.fillRect(x, height - bin.edges[s + 1]! * height, w, h);
    });
  }
  drawBreaks(context, scale, width, height, colors);
}

/**
 * Under the time axis: each stance's share of the claims in each of its periods, on its
 * scale and in its bins, so that a quiet month's voices show as plainly as a busy one's.
 * A canvas, one element however many claims; the legend and the summary say it in words.
 */
export const StanceChart = memo(function StanceChart({ bins, scale }: { bins: readonly TimeBin[]; scale: TimeScale }) {
  const shares = useMemo(() => stanceShares(bins), [bins]);
  const totals = useMemo(() => stanceTotals(bins), [bins]);
  const draw = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number, colors: StanceColors) =>
      drawShares(context, shares, scale, width, height, colors),
    [shares, scale],
  );
  return (
    <div className="mt-2" data-testid="stance-chart">
      <p className="text-xs text-muted">Share of claims by stance in each period</p>
      <div role="img" aria-label={sharesSummary(bins, (s) => STANCE_LABEL[s])} className="mt-0.5">
        <AxisCanvas height={HEIGHT} draw={draw} />
      </div>
      <ul aria-label="Stances, with their matching claims" className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
        {STANCES.map((stance, s) => (
          <li key={stance}>
            <StanceBadge stance={stance} count={totals[s]} />
          </li>
        ))}
      </ul>
    </div>
  );
});
