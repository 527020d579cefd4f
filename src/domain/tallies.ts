/** Counts over a set of claims, for lists and the time axis. */
import type { DatasetIndex } from './dataset-index.ts';
import type { FilterResult } from './filters.ts';
import { STANCES } from './vocabulary.ts';

export interface TimeBin {
  /** Day numbers, inclusive. */
  from: number;
  to: number;
  stances: Uint32Array;
  total: number;
  events: number;
}

/** The dataset's whole time extent, in day numbers; the axis does not move as filters change. */
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
 * Matching claims by stance in `count` equal slices of the extent, each event's claims
 * placed by its first day. Reads the result's per-event tallies, so it loops over
 * events, not claims.
 */
export function binByTime(
  index: DatasetIndex,
  result: Pick<FilterResult, 'events' | 'claimsPerEvent' | 'stancesPerEvent'>,
  extent: { from: number; to: number },
  count: number,
): TimeBin[] {
  const S = STANCES.length;
  const width = (extent.to - extent.from + 1) / count;
  const bins: TimeBin[] = Array.from({ length: count }, (_, i) => ({
    from: Math.floor(extent.from + i * width),
    to: Math.floor(extent.from + (i + 1) * width) - 1,
    stances: new Uint32Array(S),
    total: 0,
    events: 0,
  }));
  for (const position of result.events) {
    const claims = result.claimsPerEvent[position]!;
    if (claims === 0) continue;
    const day = index.eventDays.from[position]!;
    const bin = bins[Math.min(count - 1, Math.max(0, Math.floor((day - extent.from) / width)))]!;
    for (let s = 0; s < S; s++) bin.stances[s]! += result.stancesPerEvent[position * S + s]!;
    bin.total += claims;
    bin.events++;
  }
  return bins;
}
