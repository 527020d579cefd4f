/** Counts over a set of claims, for lists and the time axis. */
import type { DatasetIndex } from './dataset-index.ts';
import type { FilterResult } from './filters.ts';
import { cutPeriods, periodLabel, spanLabel, type DayRange, type TimeScale } from './time-scale.ts';
import { STANCES } from './vocabulary.ts';

export interface TimeBin {
  /** Day numbers, inclusive. */
  from: number;
  to: number;
  stances: Uint32Array;
  total: number;
  events: number;
}

/** The dataset's whole time extent, in day numbers. */
export function timeExtent(index: DatasetIndex): { from: number; to: number } | null {
  if (index.events.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < index.events.length; i++) {
    from = Math.min(from, index.eventDays.from[i]!);
    to = Math.max(to, index.eventDays.to[i]!);
  }
  return { from, to };
}

/**
 * The days the events cover, merged where they overlap or touch, in order: what the time
 * axis must show. Relies on `events` being in the index's order, by first day, so that one
 * pass merges them.
 */
export function occupiedRuns(index: DatasetIndex, events: readonly number[]): DayRange[] {
  const runs: DayRange[] = [];
  let last: DayRange | undefined;
  for (const position of events) {
    const from = index.eventDays.from[position]!;
    const to = index.eventDays.to[position]!;
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to);
    else runs.push((last = { from, to }));
  }
  return runs;
}

/**
 * Matching claims by stance in the given bins (in order, as `scaleBins` gives them), each
 * event's claims placed by its first day (an event that starts before the first bin, in
 * it). Reads the result's per-event tallies, so it loops over events, not claims.
 */
export function binByTime(
  index: DatasetIndex,
  result: Pick<FilterResult, 'events' | 'claimsPerEvent' | 'stancesPerEvent'>,
  ranges: readonly DayRange[],
): TimeBin[] {
  const S = STANCES.length;
  const bins: TimeBin[] = ranges.map(({ from, to }) => ({
    from,
    to,
    stances: new Uint32Array(S),
    total: 0,
    events: 0,
  }));
  if (bins.length === 0) return bins;
  for (const position of result.events) {
    const claims = result.claimsPerEvent[position]!;
    if (claims === 0) continue;
    const bin = bins[binIndexAt(bins, index.eventDays.from[position]!)]!;
    for (let s = 0; s < S; s++) bin.stances[s]! += result.stancesPerEvent[position * S + s]!;
    bin.total += claims;
    bin.events++;
  }
  return bins;
}

/** The last bin that starts on or before `day` (the first, for a day before them all). */
export function binIndexAt(bins: readonly DayRange[], day: number): number {
  let low = 0;
  let high = bins.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (bins[middle]!.from <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The bin with the most claims (the earliest of equals), or null when none has any. */
export function busiestBin(bins: readonly TimeBin[]): TimeBin | null {
  let busiest: TimeBin | null = null;
  for (const bin of bins) if (bin.total > (busiest?.total ?? 0)) busiest = bin;
  return busiest;
}

/**
 * The time axis in one sentence, for those who do not see it: its span, what it skips and
 * its busiest bin, named by the days it holds ("January 2022", not the year its slice of
 * time happened to start in).
 */
export function axisSummary(scale: TimeScale, bins: readonly TimeBin[]): string {
  const cuts = cutPeriods(scale);
  const skips = cuts.length ? ` The axis skips ${listInWords(cuts)}, which have no events.` : '';
  const busiest = busiestBin(bins);
  const peak = busiest
    ? `${periodLabel(busiest, scale.unit.kind)}, ${busiest.total} ${busiest.total === 1 ? 'claim' : 'claims'}`
    : 'none';
  return `Claims over time, ${spanLabel(scale).replace(' – ', ' to ')}, by stance.${skips} Busiest period: ${peak}.`;
}

function listInWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
