import { memo, useCallback, useMemo, useState } from 'react';
import { LIST_DIMENSIONS, type ListKey } from '../../domain/dimensions.ts';
import type { FilterResult } from '../../domain/filters.ts';
import { facetOrder } from '../../domain/facet-order.ts';
import { foldText } from '../../domain/text.ts';
import { useExplorerStore, useIndex } from '../../store/explorer-store.ts';
import { DateRange } from './date-range.tsx';
import { DIMENSION_VIEWS, PANEL_AFTER_DATE, PANEL_BEFORE_DATE } from './dimension-views.tsx';
import { FacetList, type FacetOption, type ShownOption } from './facet-list.tsx';
import { SearchBox } from './search-box.tsx';

/** How many options a list shows before "show all": long lists need a search instead. */
const SHORT_LIST = 12;
const NO_VALUES: readonly string[] = [];

/**
 * Memoized, as each dimension below it: the explorer renders again on every filter change,
 * while the counts here follow in a later render; until then nothing here needs to.
 */
export const FilterPanel = memo(function FilterPanel({ facets }: { facets: FilterResult['facets'] }) {
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
});

/**
 * One dimension's options with their counts. A dimension with many options (a thousand
 * actors): the busiest and the ticked ones, a box to find the rest; only the options
 * shown are built on a filter change. It reads only its own dimension's choices, so that
 * ticking a stance leaves the other dimensions alone until their counts arrive.
 */
const Facet = memo(function Facet({ dimension, counts }: { dimension: ListKey; counts: Uint32Array }) {
  const index = useIndex();
  const selected = useExplorerStore((s) => s.filters[dimension]);
  const view = DIMENSION_VIEWS[dimension];
  const noun = view.many ?? view.legend.toLowerCase();
  // What does not change with the filters is built once per dataset.
  const base = useMemo(
    (): FacetOption[] =>
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
  // Each option's position, all of them and by value: a click at a million claims (ten
  // thousand actors) looks up its few ticked options rather than scanning every option.
  const positions = useMemo(() => base.map((_, i) => i), [base]);
  const positionOf = useMemo(() => new Map(base.map((option, i) => [option.value, i])), [base]);
  // An option unticked where it was shown only for being ticked (found by a search, say)
  // stays in its place, and keeps its focus, until the list is searched or folded again.
  const listState = `${find}\u0000${all}`;
  const [unticked, setUnticked] = useState({ base, listState, values: NO_VALUES });
  const current = unticked.base === base && unticked.listState === listState;
  // Set while rendering: the list moved on, and what stayed is forgotten for good.
  if (!current && unticked.values.length > 0) setUnticked({ base, listState, values: NO_VALUES });
  const staying = current ? unticked.values : NO_VALUES;
  const shown = useMemo(() => {
    const chosen = new Set(selected);
    const option = (i: number): ShownOption => ({
      option: base[i]!,
      count: counts[i] ?? 0,
      selected: chosen.has(base[i]!.value),
    });
    if (!long) return base.map((_, i) => option(i));
    const needle = foldText(find);
    const matching = needle ? positions.filter((i) => folded![i]!.includes(` ${needle}`)) : positions;
    const ticked = [...new Set([...selected, ...staying])].flatMap((value) => positionOf.get(value) ?? []);
    return facetOrder(counts, matching, ticked, SHORT_LIST, all).map(option);
  }, [base, positions, positionOf, counts, selected, staying, find, folded, all, long]);
  const hidden = base.length - shown.length;
  const toggle = useCallback(
    (value: string) => {
      const store = useExplorerStore.getState();
      if (store.filters[dimension].includes(value))
        setUnticked((now) => ({
          base,
          listState,
          values: now.base === base && now.listState === listState ? [...now.values, value] : [value],
        }));
      store.facetToggled(dimension, value);
    },
    [dimension, base, listState],
  );

  return (
    <div>
      <FacetList legend={view.legend} counted={view.counted} options={shown} onToggle={toggle}>
        {long && <FindBox noun={noun} find={find} onFind={setFind} />}
      </FacetList>
      {long && (hidden > 0 || all) && (
        <button type="button" onClick={() => setAll(!all)} className="mt-1 text-sm text-accent underline">
          {all ? `Show fewer ${noun}` : `Show all ${base.length} ${noun}`}
        </button>
      )}
    </div>
  );
});

/** The box to find one of many options; memoized, as the checkboxes are, so that new counts leave it alone. */
const FindBox = memo(function FindBox({
  noun,
  find,
  onFind,
}: {
  noun: string;
  find: string;
  onFind: (find: string) => void;
}) {
  return (
    <label className="mb-1 block text-sm">
      <span className="sr-only">Find {noun}</span>
      <input
        type="search"
        value={find}
        onChange={(e) => onFind(e.target.value)}
        placeholder={`Find ${noun}…`}
        className="w-full rounded border border-rule bg-transparent px-2 py-1 text-sm"
      />
    </label>
  );
});
