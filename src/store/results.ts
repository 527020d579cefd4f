/** Memoized selectors: what the filters let through, computed once per change. */
import { useDeferredValue } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { applyFilters, type FilterResult, type Filters } from '../domain/filters.ts';
import type { SearchIndex } from '../domain/search-index.ts';
import { textMask } from '../domain/search.ts';
import { stanceCountsByEvent } from '../domain/tallies.ts';
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

/** Above this many claims the result is computed in a deferred render, so typing stays responsive. */
export const DEFER_ABOVE = 20_000;

/**
 * The filtered result. On a large dataset it is deferred: the input updates at once and
 * the list follows; on a small one a deferred render would only add a frame.
 */
export function useFilterResult(): { result: FilterResult; filters: Filters; pending: boolean; searching: boolean } {
  const index = useIndex();
  const search = useSearchIndex();
  const current = useFilters();
  const deferred = useDeferredValue(current);
  const filters = index.claims.length > DEFER_ABOVE ? deferred : current;
  return {
    result: selectResult(index, search, filters),
    filters,
    pending: filters !== current,
    searching: search === null && filters.q.trim() !== '',
  };
}

const stanceCounts = new WeakMap<FilterResult, Map<number, Uint32Array>>();

/** Claims per stance for each event of a result, computed once and shared by the list and the axis. */
export function selectStanceCounts(index: DatasetIndex, result: FilterResult): Map<number, Uint32Array> {
  let counts = stanceCounts.get(result);
  if (!counts) stanceCounts.set(result, (counts = stanceCountsByEvent(index, result.claims)));
  return counts;
}
