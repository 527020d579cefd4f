/** Memoized selectors: what the filters let through, computed once per change. */
import { useDeferredValue } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { applyFilters, type FilterResult, type Filters } from '../domain/filters.ts';
import { textMask } from '../domain/search.ts';
import { foldText } from '../domain/text.ts';
import { useFilters, useIndex } from './explorer-store.ts';

let lastText: { index: DatasetIndex; query: string; mask: Uint8Array } | undefined;
let lastResult: { index: DatasetIndex; filters: Filters; result: FilterResult } | undefined;

/** The text index is scanned again only when the folded query changes. */
function cachedTextMask(index: DatasetIndex, q: string): Uint8Array | undefined {
  const query = foldText(q);
  if (!query) return undefined;
  if (lastText?.index !== index || lastText.query !== query) lastText = { index, query, mask: textMask(index, q) };
  return lastText.mask;
}

export function selectResult(index: DatasetIndex, filters: Filters): FilterResult {
  if (lastResult?.index === index && lastResult.filters === filters) return lastResult.result;
  const result = applyFilters(index, filters, cachedTextMask(index, filters.q));
  lastResult = { index, filters, result };
  return result;
}

/** The filtered result; deferred, so that typing stays responsive on large datasets. */
export function useFilterResult(): { result: FilterResult; filters: Filters; pending: boolean } {
  const index = useIndex();
  const current = useFilters();
  const filters = useDeferredValue(current);
  return { result: selectResult(index, filters), filters, pending: filters !== current };
}
