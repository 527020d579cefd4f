import { lazy, Suspense, useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react';
import { ExportMenu } from '../components/data/export-menu.tsx';
import { EventList } from '../components/events/event-list.tsx';
import { TimeAxis } from '../components/events/time-axis.tsx';
import { VIEW_LABEL, ViewSwitch } from '../components/events/view-switch.tsx';
import { FilterPanel } from '../components/filters/filter-panel.tsx';
import { FilterSummary } from '../components/filters/filter-summary.tsx';
import { LazyCompareView, LazyFiguresView, LazyRelayView } from '../components/lazy-views.tsx';
import { LazyMapView } from '../components/map/lazy-map.tsx';
import type { ExplorerView } from '../domain/filters.ts';
import { useExplorerStore } from '../store/explorer-store.ts';
import { useFilterResult } from '../store/results.ts';
import { whenIdle } from '../store/when-idle.ts';
import { useDocumentTitle } from './use-document-title.ts';
import { WhenChecked } from './when-checked.tsx';

// What a link asked for that could not be honoured: rare, so its code loads when there is some.
const LinkNotices = lazy(() =>
  import('../components/filters/link-notices.tsx').then((m) => ({ default: m.LinkNotices })),
);

/** Where the filters sit beside the results rather than behind a button: Tailwind's `lg`. */
const FILTERS_BESIDE = '(min-width: 64rem)';

function useFiltersBeside(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia?.(FILTERS_BESIDE);
      query?.addEventListener('change', changed);
      return () => query?.removeEventListener('change', changed);
    },
    () => window.matchMedia?.(FILTERS_BESIDE)?.matches ?? true,
    () => true,
  );
}

/** Where "Skip to results" takes the keyboard: just before the list. */
export const RESULTS_ID = 'results';

const VIEW_HEADING: Record<ExplorerView, string> = {
  list: 'Events in time order',
  map: 'Events on the map',
  relays: 'Who relayed whom',
  compare: 'Accounts side by side',
  figures: 'Figures across events',
};

/** Events in time order beside the filters: the view readers start from. */
export function ExplorerPage() {
  const { result, filters, searching } = useFilterResult();
  const [panelOpen, setPanelOpen] = useState(false);
  const hasNotices = useExplorerStore((s) => s.notices.length > 0);
  // On a phone the filters wait behind a button: they are built once the page is idle,
  // not in the commit that draws the first screen (the largest task of a first visit).
  const beside = useFiltersBeside();
  const [panelBuilt, setPanelBuilt] = useState(false);
  useEffect(() => {
    if (!beside && !panelBuilt) return whenIdle(() => setPanelBuilt(true), 2_000);
  }, [beside, panelBuilt]);
  // The counts beside the filters follow the list in a later, interruptible render, as
  // the time axis does: the list and the ticked box paint first.
  const facets = useDeferredValue(result.facets);
  useDocumentTitle('Explorer');

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-[18rem_1fr]">
      <aside
        aria-label="Filters"
        // min-w-0: a grid item is otherwise as wide as its widest line, here a filter's label, which never wraps.
        className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2"
      >
        <button
          type="button"
          className="mb-2 w-full rounded border border-rule px-3 py-2 text-left font-semibold lg:hidden"
          aria-expanded={panelOpen}
          aria-controls="filter-panel"
          onClick={() => setPanelOpen(!panelOpen)}
        >
          {panelOpen ? 'Hide filters' : 'Show filters'}
        </button>
        <div id="filter-panel" className={panelOpen ? 'block' : 'hidden lg:block'}>
          {(beside || panelOpen || panelBuilt) && <FilterPanel facets={facets} />}
        </div>
      </aside>
      <section aria-labelledby="events-heading" className="min-w-0">
        <h1 id="events-heading" className="sr-only">
          Events
        </h1>
        {hasNotices && (
          <Suspense fallback={null}>
            <LinkNotices />
          </Suspense>
        )}
        <FilterSummary result={result} filters={filters} searching={searching} />
        <div className="mt-2">
          <WhenChecked meanwhile={<p className="text-sm text-muted">Exports open once the claims are checked.</p>}>
            <ExportMenu result={result} />
          </WhenChecked>
        </div>
        <TimeAxis result={result} />
        <div className="mt-6 flex flex-wrap items-end justify-between gap-2 border-b border-rule pb-1">
          <h2 id={RESULTS_ID} tabIndex={-1} className="text-sm font-semibold tracking-wide text-muted uppercase">
            {VIEW_HEADING[filters.view]}
          </h2>
          <ViewSwitch view={filters.view} />
        </div>
        {filters.view === 'list' ? (
          <EventList result={result} filters={filters} />
        ) : (
          <Suspense
            fallback={
              <p className="mt-3 h-96 text-muted">Loading the {VIEW_LABEL[filters.view].toLowerCase()} view…</p>
            }
          >
            {filters.view === 'map' && <LazyMapView />}
            <WhenChecked compact>
              {filters.view === 'relays' && <LazyRelayView result={result} filters={filters} />}
              {filters.view === 'compare' && <LazyCompareView result={result} filters={filters} />}
              {filters.view === 'figures' && <LazyFiguresView result={result} filters={filters} />}
            </WhenChecked>
          </Suspense>
        )}
      </section>
    </div>
  );
}
