/**
 * Each stance's share of the claims over time, in the time axis' own bins. The axis'
 * bars give how many claims each period holds, and a busy month dwarfs the rest; the
 * shares say who speaks in each period however few claims it holds: where the official
 * account stands alone, and where the other sides come in.
 */
import { STANCES, type Stance } from './vocabulary.ts';
import type { TimeBin } from './tallies.ts';

export interface ShareBin {
  from: number;
  to: number;
  total: number;
  /**
   * Where each stance's band starts and ends, as shares of the bin from 0 to 1, in
   * STANCES order: stance s spans `edges[s]` to `edges[s + 1]`. All 0 in an empty bin.
   */
  edges: Float64Array;
}

/** The bins (as `binByTime` gives them) as stacked shares, in STANCES order. */
export function stanceShares(bins: readonly TimeBin[]): ShareBin[] {
  return bins.map(({ from, to, total, stances }) => {
    const edges = new Float64Array(STANCES.length + 1);
    let sum = 0;
    for (let s = 0; s < STANCES.length; s++) {
      sum += stances[s]!;
      edges[s + 1] = total ? sum / total : 0;
    }
    return { from, to, total, edges };
  });
}

/** Claims per stance over all the bins, in STANCES order. */
export function stanceTotals(bins: readonly TimeBin[]): Uint32Array {
  const totals = new Uint32Array(STANCES.length);
  for (const bin of bins) for (let s = 0; s < STANCES.length; s++) totals[s]! += bin.stances[s]!;
  return totals;
}

/** In how many periods each stance holds the largest share (the first in STANCES order, on a tie). */
export function periodsLed(bins: readonly TimeBin[]): Uint32Array {
  const led = new Uint32Array(STANCES.length);
  for (const bin of bins) {
    if (!bin.total) continue;
    let best = 0;
    for (let s = 1; s < STANCES.length; s++) if (bin.stances[s]! > bin.stances[best]!) best = s;
    led[best]!++;
  }
  return led;
}

const percent = (part: number, whole: number) => {
  const p = (100 * part) / whole;
  return p > 0 && p < 1 ? 'under 1%' : `${Math.round(p)}%`;
};

/**
 * The chart in words, for those who do not see it: each stance's share of all the
 * claims, the stances without matching claims, and which leads in the most periods.
 */
export function sharesSummary(bins: readonly TimeBin[], label: (stance: Stance) => string): string {
  const totals = stanceTotals(bins);
  const all = totals.reduce((sum, n) => sum + n, 0);
  if (!all) return 'Share of claims by stance over time: no claims match.';
  const order = STANCES.map((_, s) => s).sort((a, b) => totals[b]! - totals[a]! || a - b);
  const speaking = order.filter((s) => totals[s]).map((s) => `${label(STANCES[s]!)} ${percent(totals[s]!, all)}`);
  const absent = STANCES.filter((_, s) => !totals[s]).map(label);
  const led = periodsLed(bins);
  const periods = bins.filter((bin) => bin.total).length;
  const leader = led.indexOf(Math.max(...led));
  // Not "silent": the filters may be what leaves a stance out, not the sources.
  const absence = absent.length ? ` No matching claims: ${absent.join(', ')}.` : '';
  return (
    `Share of claims by stance over time, in the time axis' periods. Overall: ${speaking.join(', ')}.${absence}` +
    ` ${label(STANCES[leader]!)} has the largest share in ${led[leader]} of ${periods} ${periods === 1 ? 'period' : 'periods'}.`
  );
}
