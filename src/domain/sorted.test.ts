import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionIn } from './sorted.ts';

describe('positionIn', () => {
  it('finds what indexOf finds in an ascending list of distinct numbers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(positionIn(sorted, x)).toBe(sorted.indexOf(x));
      }),
    );
  });
});
