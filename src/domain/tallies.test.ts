import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { dayNumber } from './dates.ts';
import { applyFilters, EMPTY_FILTERS } from './filters.ts';
import type { Dataset } from './schema.ts';
import { axisSummary, binByTime, binIndexAt, occupiedRuns, timeExtent } from './tallies.ts';
import { scaleBins, timeScale } from './time-scale.ts';

/**
 * The embedded dataset's shape: claims in 1962 and in January 2022, an event over
 * 2004–2006 between them, and the most claims in January 2022.
 */
function farApart(): Dataset {
  const base = fixture();
  return {
    ...base,
    events: [
      { ...base.events[0]!, date: { start: '2022-01-05', end: '2022-01-08', precision: 'day' } },
      { ...base.events[1]!, date: { start: '1962', precision: 'year' } },
      { ...base.events[1]!, id: 'middle', title: 'Middle', date: { start: '2004', end: '2006', precision: 'year' } },
    ],
    claims: base.claims.map((claim) => (claim.id === 'hut-denies' ? { ...claim, eventId: 'later-event' } : claim)),
  };
}

function axis(dataset: Dataset) {
  const index = buildIndex(dataset);
  const result = applyFilters(index, EMPTY_FILTERS);
  const scale = timeScale(occupiedRuns(index, result.events), timeExtent(index)!);
  return { index, result, scale, bins: binByTime(index, result, scaleBins(scale)) };
}

describe('binByTime', () => {
  it('counts every matching claim once, in the bin where its event starts', () => {
    const { result, bins } = axis(fixture());
    expect(bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(result.claimCount);
    expect(bins.reduce((sum, bin) => sum + bin.events, 0)).toBe(result.events.length);
    // Between November 2004 and 2 December 2005 lies a year without events: the axis cuts it and shows days.
    const december = bins.find((bin) => bin.from === dayNumber('2005-12-02'))!;
    expect(december.total).toBe(2);
  });
});

describe('binIndexAt', () => {
  it('finds the last bin starting on or before a day, the first for earlier days', () => {
    const bins = [
      { from: 10, to: 19 },
      { from: 20, to: 29 },
      { from: 40, to: 49 },
    ];
    expect([5, 10, 19, 20, 35, 40, 99].map((day) => binIndexAt(bins, day))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});

describe('occupiedRuns', () => {
  it('merges the days of overlapping and touching events', () => {
    const index = buildIndex(farApart());
    expect(occupiedRuns(index, [0, 2])).toEqual([
      { from: dayNumber('1962-01-01'), to: dayNumber('1962-12-31') },
      { from: dayNumber('2022-01-05'), to: dayNumber('2022-01-08') },
    ]);
  });
});

describe('axisSummary', () => {
  it('names the busiest period after the days it holds: January 2022, not 2021', () => {
    const { scale, bins } = axis(farApart());
    expect(axisSummary(scale, bins)).toBe(
      'Claims over time, January 1962 to January 2022, by stance. The axis skips 1963 – 2003 and 2007 – 2021, ' +
        'which have no events. Busiest period: January 2022, 3 claims.',
    );
  });

  it('says when nothing matches', () => {
    const index = buildIndex(fixture());
    const result = applyFilters(index, { ...EMPTY_FILTERS, stance: ['media'] });
    const scale = timeScale([], timeExtent(index)!);
    expect(axisSummary(scale, binByTime(index, result, scaleBins(scale)))).toMatch(/Busiest period: none\.$/);
  });
});
