import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetOrder } from './facet-order.ts';

describe('facetOrder', () => {
  const counts = [5, 9, 0, 9, 1, 7];
  const all = [0, 1, 2, 3, 4, 5];
  const none: number[] = [];

  it('shows the busiest first, ties in the dataset’s order, up to the limit', () => {
    expect(facetOrder(counts, all, none, 3, false)).toEqual([1, 3, 5]);
    expect(facetOrder(counts, all, none, 3, true)).toEqual([1, 3, 5, 0, 4, 2]);
  });

  it('adds the ticked options beyond the limit after the others, in their own order', () => {
    const ticked = [4, 1, 2];
    expect(facetOrder(counts, all, ticked, 3, false)).toEqual([1, 3, 5, 4, 2]);
  });

  it('shows only the candidates a search found, ticked or not', () => {
    expect(facetOrder(counts, [0, 2, 4], none, 2, false)).toEqual([0, 4]);
    expect(facetOrder(counts, [0, 2, 4], [2, 3], 2, false)).toEqual([0, 4, 2]);
  });

  it('never moves an option when it is ticked or unticked: the shown options keep their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(6), { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.nat(29),
        fc.integer({ min: 1, max: 12 }),
        (counts, tickedFlags, flip, limit) => {
          const candidates = counts.map((_, i) => i);
          const before = (i: number) => tickedFlags[i] ?? false;
          const at = flip % counts.length;
          const after = (i: number) => (i === at ? !before(i) : before(i));
          const a = facetOrder(counts, candidates, candidates.filter(before), limit, false);
          const b = facetOrder(counts, candidates, candidates.filter(after), limit, false);
          // The options shown both times are in the same order; only the flipped one may come or go.
          const common = (x: number[], y: number[]) => x.filter((i) => y.includes(i));
          expect(common(a, b)).toEqual(common(b, a));
          expect([...a, ...b].filter((i) => !(a.includes(i) && b.includes(i))).every((i) => i === at)).toBe(true);
          // Every ticked option is shown.
          expect(candidates.filter(after).every((i) => b.includes(i))).toBe(true);
        },
      ),
    );
  });
});
