/** Memoized selectors: what the filters let through, computed once per change. */
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { activeDimensions, applyFilters, type FilterResult, type Filters, type TextMatch } from '../domain/filters.ts';
import type { TextSearch } from '../domain/search.ts';
import { foldText } from '../domain/text.ts';
import { useFilters, useIndex, useSearchIndex } from './explorer-store.ts';

let lastText: { search: TextSearch; query: string; mask: TextMatch } | undefined;
let lastResult: { index: DatasetIndex; search: TextSearch | null; filters: Filters; result: FilterResult } | undefined;
/**
 * The result with no filter, kept for the dataset: readers come back to it all the time
 * (every cleared filter), and then it costs nothing, and every count and row on screen
 * gets back the very arrays it had.
 */
let unfiltered: { index: DatasetIndex; result: FilterResult } | undefined;

/**
 * The text indexes are queried again only when the folded query changes: the claims'
 * (their own words) and the events' (titles, summaries, places, tags).
 */
function cachedTextMask(search: TextSearch, q: string): TextMatch | undefined {
  const query = foldText(q);
  if (!query) return undefined;
  if (lastText?.search !== search || lastText.query !== query) lastText = { search, query, mask: search.match(q) };
  return lastText.mask;
}

/**
 * What the filters let through. Until the search index of a large dataset is built, a
 * text query is left aside (and the explorer says so) rather than answered slowly.
 */
export function selectResult(index: DatasetIndex, searchIndex: TextSearch | null, filters: Filters): FilterResult {
  // Only a text query reads the search index: its arrival leaves any other result as it
  // is, and with it every row and count on screen.
  const query = filters.q.trim() !== '';
  const search = query ? searchIndex : null;
  if (lastResult?.index === index && lastResult.search === search && lastResult.filters === filters)
    return lastResult.result;
  const applied = query && !search ? { ...filters, q: '' } : filters;
  let result: FilterResult;
  if (activeDimensions(applied).length > 0)
    result = applyFilters(index, applied, search ? cachedTextMask(search, filters.q) : undefined);
  else {
    if (unfiltered?.index !== index) unfiltered = { index, result: applyFilters(index, applied) };
    result = unfiltered.result;
  }
  lastResult = { index, search, filters, result };
  return result;
}

/**
 * The filtered result, applied in the same render as the change that asked for it: at
 * 100,000 claims a change costs a few milliseconds of filtering, so a deferred render
 * would only paint later.
 */
export function useFilterResult(): { result: FilterResult; filters: Filters; searching: boolean } {
  const index = useIndex();
  const search = useSearchIndex();
  const filters = useFilters();
  return {
    result: selectResult(index, search, filters),
    filters,
    searching: search === null && filters.q.trim() !== '',
  };
}
