import { useMemo, useState } from 'react';
import { LIST_DIMENSIONS, type ListKey } from '../../domain/dimensions.ts';
import type { FilterResult } from '../../domain/filters.ts';
import { firstInOrder } from '../../domain/first-in-order.ts';
import { foldText } from '../../domain/text.ts';
import { useExplorerStore, useFilters, useIndex } from '../../store/explorer-store.ts';
import { DateRange } from './date-range.tsx';
import { DIMENSION_VIEWS, PANEL_AFTER_DATE, PANEL_BEFORE_DATE } from './dimension-views.tsx';
import { FacetList, type FacetOption } from './facet-list.tsx';
import { SearchBox } from './search-box.tsx';

/** How many options a list shows before "show all": long lists need a search instead. */
const SHORT_LIST = 12;

export function FilterPanel({ facets }: { facets: FilterResult['facets'] }) {
  return (
    <div className="space-y-5">
      <SearchBox />
      {PANEL_BEFORE_DATE.map((key) => (
        <Facet key={key} dimension={key} counts={facets[key]} />
      ))}
      <DateRange />
      {PANEL_AFTER_DATE.map((key) => (
        <Facet key={key} dimension={key} counts={facets[key]} />
      ))}
    </div>
  );
}

type BaseOption = Omit<FacetOption, 'count' | 'selected'>;

/**
 * One dimension's options with their counts. A dimension with many options (a thousand
 * actors): the selected and the busiest first, a box to find the rest; only the options
 * shown are built on a filter change.
 */
function Facet({ dimension, counts }: { dimension: ListKey; counts: Uint32Array }) {
  const index = useIndex();
  const selected = useFilters()[dimension];
  const view = DIMENSION_VIEWS[dimension];
  const noun = view.many ?? view.legend.toLowerCase();
  // What does not change with the filters is built once per dataset.
  const base = useMemo(
    (): BaseOption[] =>
      LIST_DIMENSIONS[dimension].values(index).map((value) => ({ value, ...view.option(index, value) })),
    [index, dimension, view],
  );
  const [find, setFind] = useState('');
  const [all, setAll] = useState(false);
  const long = base.length > SHORT_LIST;
  const searching = find !== '';
  // Labels are folded for matching once a search starts, not on every keystroke.
  const folded = useMemo(
    () => (searching ? base.map((o) => ` ${foldText(`${o.label} ${o.hint ?? ''}`)}`) : null),
    [base, searching],
  );
  const shown = useMemo(() => {
    const chosen = new Set(selected);
    const isSelected = (i: number) => (chosen.has(base[i]!.value) ? 1 : 0);
    const option = (i: number): FacetOption => ({ ...base[i]!, count: counts[i] ?? 0, selected: isSelected(i) === 1 });
    if (!long) return base.map((_, i) => option(i));
    const rank = (a: number, b: number) => isSelected(b) - isSelected(a) || counts[b]! - counts[a]!;
    const needle = foldText(find);
    const matching = [...base.keys()].filter((i) => !needle || folded![i]!.includes(` ${needle}`));
    const ranked = all ? [...matching].sort(rank) : firstInOrder(matching, Math.max(SHORT_LIST, chosen.size), rank);
    return ranked.map(option);
  }, [base, counts, selected, find, folded, all, long]);
  const hidden = base.length - shown.length;
  const toggle = (value: string) => useExplorerStore.getState().facetToggled(dimension, value);

  return (
    <div>
      <FacetList legend={view.legend} counted={view.counted} options={shown} onToggle={toggle}>
        {long && (
          <label className="mb-1 block text-sm">
            <span className="sr-only">Find {noun}</span>
            <input
              type="search"
              value={find}
              onChange={(e) => setFind(e.target.value)}
              placeholder={`Find ${noun}…`}
              className="w-full rounded border border-rule bg-transparent px-2 py-1 text-sm"
            />
          </label>
        )}
      </FacetList>
      {long && (hidden > 0 || all) && (
        <button type="button" onClick={() => setAll(!all)} className="mt-1 text-sm text-accent underline">
          {all ? `Show fewer ${noun}` : `Show all ${base.length} ${noun}`}
        </button>
      )}
    </div>
  );
}
