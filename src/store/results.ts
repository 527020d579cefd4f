/** Memoized selectors: what the filters let through, computed once per change. */
import { useDeferredValue } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { applyFilters, type FilterResult, type Filters } from '../domain/filters.ts';
import type { SearchIndex } from '../domain/search-index.ts';
import { textMask } from '../domain/search.ts';
import { foldText } from '../domain/text.ts';
import { useFilters, useIndex, useSearchIndex } from './explorer-store.ts';

let lastText: { search: SearchIndex; query: string; mask: Uint8Array } | undefined;
let lastResult: { index: DatasetIndex; search: SearchIndex | null; filters: Filters; result: FilterResult } | undefined;

/** The text index is queried again only when the folded query changes. */
function cachedTextMask(index: DatasetIndex, search: SearchIndex, q: string): Uint8Array | undefined {
  const query = foldText(q);
  if (!query) return undefined;
  if (lastText?.search !== search || lastText.query !== query)
    lastText = { search, query, mask: textMask(index, search, q) };
  return lastText.mask;
}

/**
 * What the filters let through. Until the search index of a large dataset is built, a
 * text query is left aside (and the explorer says so) rather than answered slowly.
 */
export function selectResult(index: DatasetIndex, search: SearchIndex | null, filters: Filters): FilterResult {
  if (lastResult?.index === index && lastResult.search === search && lastResult.filters === filters)
    return lastResult.result;
  const applied = search || !filters.q.trim() ? filters : { ...filters, q: '' };
  const result = applyFilters(index, applied, search ? cachedTextMask(index, search, filters.q) : undefined);
  lastResult = { index, search, filters, result };
  return result;
}

/** Above this many claims a change of the text query is rendered deferred, so typing stays responsive. */
export const DEFER_ABOVE = 20_000;

/**
 * The filtered result. While the reader types a query into a large dataset, the result
 * is deferred: the box updates at once and the list follows. A click on a facet, a date
 * or a small dataset's query is applied in one render, which paints soonest.
 */
export function useFilterResult(): { result: FilterResult; filters: Filters; pending: boolean; searching: boolean } {
  const index = useIndex();
  const search = useSearchIndex();
  const current = useFilters();
  const deferred = useDeferredValue(current);
  const filters = index.claims.length > DEFER_ABOVE && deferred.q !== current.q ? deferred : current;
  return {
    result: selectResult(index, search, filters),
    filters,
    pending: filters !== current,
    searching: search === null && filters.q.trim() !== '',
  };
}
