import { describe, expect, it } from 'vitest';
import { formatNumber, plural } from './numbers.ts';

describe('numbers', () => {
  it('groups thousands and says one or many', () => {
    expect(formatNumber(100_000)).toBe('100,000');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(31_425, 'claim')).toBe('31,425 claims');
    expect(plural(0, 'event')).toBe('0 events');
  });

  it('reads as Intl.NumberFormat in English would', () => {
    const intl = new Intl.NumberFormat('en-GB');
    for (const n of [0, 7, 999, 1000, 12_345, 1_234_567, -4_500, 0.5, 1.0005, 2.4999, 1234.5678, 1e15])
      expect(formatNumber(n), String(n)).toBe(intl.format(n));
  });
});
