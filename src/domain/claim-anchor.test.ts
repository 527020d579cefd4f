import { describe, expect, it } from 'vitest';
import { claimPath, readClaimAnchor } from './claim-anchor.ts';

describe('readClaimAnchor', () => {
  it('reads the claim id, percent-decoded', () => {
    expect(readClaimAnchor('#claim-tokayev-20000')).toEqual({ id: 'tokayev-20000' });
    expect(readClaimAnchor('#claim-%D0%B0-1')).toEqual({ id: 'а-1' });
  });

  it('reports an id that cannot be decoded instead of throwing', () => {
    expect(readClaimAnchor('#claim-%E0%A4%A')).toEqual({ malformed: '%E0%A4%A' });
    expect(readClaimAnchor('#claim-%')).toEqual({ malformed: '%' });
  });

  it('is null for any other hash', () => {
    expect(readClaimAnchor('')).toBeNull();
    expect(readClaimAnchor('#main')).toBeNull();
    expect(readClaimAnchor('#%')).toBeNull();
  });

  it('writes a claim path that reads back to the same claim', () => {
    const path = claimPath('zhanaozen-2011', 'a b#c');
    expect(path).toBe('/events/zhanaozen-2011#claim-a%20b%23c');
    expect(readClaimAnchor(path.slice(path.indexOf('#')))).toEqual({ id: 'a b#c' });
  });
});
