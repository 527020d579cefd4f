import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { applyFilters, EMPTY_FILTERS, type Filters } from './filters.ts';
import { periodsLed, sharesSummary, stanceShares, stanceTotals } from './stance-bins.ts';
import { binByTime, occupiedRuns, timeExtent } from './tallies.ts';
import { scaleBins, timeScale } from './time-scale.ts';
import { STANCES } from './vocabulary.ts';

/** The bins the time axis draws, for the fixture under `filters`. */
function bins(filters: Filters = EMPTY_FILTERS) {
  const index = buildIndex(fixture());
  const result = applyFilters(index, filters);
  const scale = timeScale(occupiedRuns(index, result.events), timeExtent(index)!);
  return { result, bins: binByTime(index, result, scaleBins(scale)) };
}

const label = (stance: string) => stance;

describe('stanceShares', () => {
  it('stacks each stance in STANCES order, filling a bin with claims from 0 to 1 and leaving an empty one at 0', () => {
    const shares = stanceShares(bins().bins);
    for (const bin of shares) {
      expect(bin.edges).toHaveLength(STANCES.length + 1);
      expect(bin.edges[0]).toBe(0);
      expect(bin.edges[STANCES.length]).toBeCloseTo(bin.total ? 1 : 0);
      for (let s = 0; s < STANCES.length; s++) expect(bin.edges[s + 1]).toBeGreaterThanOrEqual(bin.edges[s]!);
    }
    expect(shares.some((bin) => bin.total === 0)).toBe(true);
    // The Otan blasts: one official and one militant claim, half each.
    const otan = shares.find((bin) => bin.total === 2)!;
    expect(otan.edges[1]).toBeCloseTo(0.5);
    expect(otan.edges[4]).toBeCloseTo(1);
  });
});

describe('stanceTotals', () => {
  it('adds up to the matching claims, and follows the filters', () => {
    const all = bins();
    expect(stanceTotals(all.bins).reduce((a, b) => a + b, 0)).toBe(all.result.claimCount);
    const official = bins({ ...EMPTY_FILTERS, stance: ['official'] });
    const totals = stanceTotals(official.bins);
    expect(totals[0]).toBe(official.result.claimCount);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(totals[0]);
  });
});

describe('periodsLed and sharesSummary', () => {
  it('says each stance’s share, those without matching claims, and who leads most periods', () => {
    const { bins: all } = bins();
    expect([...periodsLed(all)].reduce((a, b) => a + b, 0)).toBe(all.filter((b) => b.total).length);
    expect(sharesSummary(all, label)).toBe(
      "Share of claims by stance over time, in the time axis' periods. Overall: official 25%, opposition 25%, militant 25%, other 25%." +
        ' No matching claims: analyst, foreign-government, international-org, media. official has the largest share in 1 of 2 periods.',
    );
    expect(sharesSummary(bins({ ...EMPTY_FILTERS, stance: ['analyst'] }).bins, label)).toBe(
      'Share of claims by stance over time: no claims match.',
    );
  });
});
