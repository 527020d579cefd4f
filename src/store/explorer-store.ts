/**
 * The reader's choices (filters) beside the dataset they apply to. Derived lists are
 * never stored: they are computed from these by the selectors in ./results.ts.
 */
import { create } from 'zustand';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { TextSearch } from '../domain/search.ts';
import { EMPTY_FILTERS, type Dimension, type ExplorerView, type Filters, type ListKey } from '../domain/filters.ts';
import type { Notice } from '../domain/url-codec.ts';
import type { Problem } from '../domain/problem.ts';

/** `param` is the link's `dataset` parameter (null for the embedded dataset); `label` names it for readers. */
export type DataState = { param: string | null; label: string } & (
  | { status: 'loading' }
  | {
      status: 'ready';
      index: DatasetIndex;
      search: TextSearch | null;
      /** Shown while the full validator is still checking it (large untrusted datasets). */
      checking: boolean;
    }
  | { status: 'error'; message: string; problems: Problem[] }
);

interface ExplorerState {
  data: DataState;
  filters: Filters;
  /** What the last opened link asked for that could not be honoured. */
  notices: Notice[];

  datasetRequested(param: string | null, label: string): void;
  /** `search` may come later (built in a worker), through searchIndexBuilt. */
  datasetLoaded(
    param: string | null,
    label: string,
    index: DatasetIndex,
    search: TextSearch | null,
    checking?: boolean,
  ): void;
  /** The validator found no problem in the dataset being shown. */
  datasetChecked(index: DatasetIndex): void;
  searchIndexBuilt(index: DatasetIndex, search: TextSearch): void;
  datasetFailed(param: string | null, label: string, message: string, problems?: Problem[]): void;
  linkOpened(filters: Filters, notices: Notice[]): void;
  noticesDismissed(): void;
  searchTyped(q: string): void;
  /** The reader ticked or unticked one value of a list dimension (a stance, an actor, a place). */
  facetToggled(key: ListKey, value: string): void;
  datesChanged(from: string | undefined, to: string | undefined): void;
  filterCleared(dimension: Dimension): void;
  viewChosen(view: ExplorerView): void;
  /** The compare view's columns, in order; empty for its default. */
  columnsChosen(cols: string[]): void;
  /** The compare column whose blindspots alone are shown; '' for every row. */
  blindspotsChosen(only: string): void;
  /** Something selected inside a view (a node, an edge, a cell); '' to clear. */
  picked(pick: string): void;
  filtersCleared(): void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export const useExplorerStore = create<ExplorerState>()((set) => ({
  data: { status: 'loading', param: null, label: 'embedded' },
  filters: EMPTY_FILTERS,
  notices: [],

  datasetRequested: (param, label) => set({ data: { status: 'loading', param, label } }),
  datasetLoaded: (param, label, index, search, checking = false) =>
    set({ data: { status: 'ready', param, label, index, search, checking } }),
  datasetChecked: (index) =>
    set((s) => (s.data.status === 'ready' && s.data.index === index ? { data: { ...s.data, checking: false } } : {})),
  searchIndexBuilt: (index, search) =>
    set((s) => (s.data.status === 'ready' && s.data.index === index ? { data: { ...s.data, search } } : {})),
  datasetFailed: (param, label, message, problems = []) =>
    set({ data: { status: 'error', param, label, message, problems } }),
  linkOpened: (filters, notices) => set({ filters, notices }),
  noticesDismissed: () => set({ notices: [] }),
  searchTyped: (q) => set((s) => ({ filters: { ...s.filters, q } })),
  facetToggled: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: toggle(s.filters[key], value) } })),
  datesChanged: (from, to) => set((s) => ({ filters: { ...s.filters, from, to } })),
  filterCleared: (dimension) =>
    set((s) => {
      if (dimension === 'date') return { filters: { ...s.filters, from: undefined, to: undefined } };
      return { filters: { ...s.filters, [dimension]: EMPTY_FILTERS[dimension] } };
    }),
  filtersCleared: () =>
    set((s) => ({
      filters: {
        ...EMPTY_FILTERS,
        view: s.filters.view,
        cols: s.filters.cols,
        only: s.filters.only,
        pick: s.filters.pick,
      },
    })),
  // A selection, and a focus on one column's blindspots, belong to the view they were made in.
  viewChosen: (view) =>
    set((s) => (s.filters.view === view ? {} : { filters: { ...s.filters, view, only: '', pick: '' } })),
  columnsChosen: (cols) => set((s) => ({ filters: { ...s.filters, cols } })),
  blindspotsChosen: (only) => set((s) => (s.filters.only === only ? {} : { filters: { ...s.filters, only } })),
  picked: (pick) => set((s) => (s.filters.pick === pick ? {} : { filters: { ...s.filters, pick } })),
}));

export const useFilters = () => useExplorerStore((s) => s.filters);
export const useDataState = () => useExplorerStore((s) => s.data);
export const useNotices = () => useExplorerStore((s) => s.notices);
export const useSearchIndex = () => useExplorerStore((s) => (s.data.status === 'ready' ? s.data.search : null));

/** The loaded index; only for components rendered once the dataset is ready. */
export function useIndex(): DatasetIndex {
  const data = useExplorerStore((s) => s.data);
  if (data.status !== 'ready') throw new Error('The dataset is not loaded yet.');
  return data.index;
}
