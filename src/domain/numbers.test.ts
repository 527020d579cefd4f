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
});
