import { describe, expect, it } from 'vitest';
import { buildIndex } from '../domain/dataset-index.ts';
import { EMPTY_FILTERS, matchingClaims } from '../domain/filters.ts';
import { buildSearchIndex } from '../domain/search-index.ts';
import { claimTexts, textSearch } from '../domain/search.ts';
import { fixture } from '../test/fixture.ts';
import { selectResult } from './results.ts';

const index = buildIndex(fixture());
const search = textSearch(index, buildSearchIndex(claimTexts(index)));

describe('selectResult', () => {
  it('gives the same result again while the filters and the data stay the same', () => {
    const filters = { ...EMPTY_FILTERS, stance: ['official' as const] };
    expect(selectResult(index, search, filters)).toBe(selectResult(index, search, filters));
  });

  it('keeps a result without a text query when the search index arrives', () => {
    const filters = { ...EMPTY_FILTERS, stance: ['official' as const] };
    const before = selectResult(index, null, filters);
    expect(selectResult(index, search, filters)).toBe(before);
  });

  it('gives back the very result it had with no filter once the last filter is cleared', () => {
    const none = selectResult(index, search, { ...EMPTY_FILTERS });
    selectResult(index, search, { ...EMPTY_FILTERS, stance: ['official' as const] });
    const cleared = selectResult(index, search, { ...EMPTY_FILTERS, view: 'map' as const });
    expect(cleared).toBe(none);
    expect(cleared.claimCount).toBe(index.claims.length);
    // Another dataset has its own.
    const other = buildIndex(fixture());
    expect(selectResult(other, null, { ...EMPTY_FILTERS })).not.toBe(none);
  });

  it('leaves a text query aside until the search index arrives, then answers it', () => {
    const filters = { ...EMPTY_FILTERS, q: 'hooliganism' };
    const before = selectResult(index, null, filters);
    expect(before.claimCount).toBe(index.claims.length);
    const after = selectResult(index, search, filters);
    expect(after).not.toBe(before);
    expect(matchingClaims(after).map((i) => index.claims[i]!.id)).toEqual(['chief-hooliganism']);
  });
});
