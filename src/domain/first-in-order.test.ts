import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInOrder } from './first-in-order.ts';

describe('firstInOrder', () => {
  it('returns what a stable sort and a slice return', () => {
    const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
    fc.assert(
      fc.property(fc.array(fc.nat(5)), fc.integer({ min: -1, max: 30 }), (counts, k) => {
        const items = counts.map((count, id) => ({ id, count }));
        expect(firstInOrder(items, k, byCount)).toEqual([...items].sort(byCount).slice(0, Math.max(0, k)));
      }),
    );
  });
});
