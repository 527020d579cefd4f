/**
 * The one place where the URL and the store meet. On navigation (first load, a link,
 * Back/Forward, a pasted address) the URL wins; on input the store changes and the
 * URL follows with `replace`, so filter edits do not fill the history. Both sides are
 * compared as canonical strings, so neither write echoes back. The `dataset`
 * parameter decides which dataset is loaded.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { canonicalSearch, decodeFilters, encodeFilters, restrictToDataset } from '../domain/url-codec.ts';
import { useExplorerStore, useDataState, useFilters } from '../store/explorer-store.ts';
import { datasetParamOf, openDataset } from '../dataset/session.ts';
import { whenIdle } from '../store/when-idle.ts';

export function UrlSync() {
  const location = useLocation();
  const navigate = useNavigate();
  const data = useDataState();
  const filters = useFilters();
  const index = data.status === 'ready' ? data.index : null;
  const latest = useRef(location);
  /**
   * Search strings this component wrote that the router has not shown yet, oldest first,
   * so that none is read back as a new link: while the reader types, a write can still be
   * on its way when the next one starts.
   */
  const ownWrites = useRef<string[]>([]);
  /** The navigation last read: when only the dataset arrives since, the link's notices are kept. */
  const lastKey = useRef<string | null>(null);

  useLayoutEffect(() => {
    latest.current = location;
    // The link names its dataset; a different one is loaded, whatever else the link says.
    const datasetParam = datasetParamOf(location.search);
    if (datasetParam !== useExplorerStore.getState().data.param) void openDataset(datasetParam);
    // Links followed outside the router all have the key "default": the search tells them apart.
    const seen = `${location.key}${location.search}`;
    const datasetArrived = lastKey.current === seen;
    lastKey.current = seen;
    const own = ownWrites.current.indexOf(location.search);
    if (own >= 0 && !datasetArrived) {
      // This write and any older one have arrived.
      ownWrites.current.splice(0, own + 1);
      return;
    }
    // A navigation of the reader's comes after any write of ours: none is still on its way.
    if (!datasetArrived) ownWrites.current = [];
    const decoded = decodeFilters(location.search);
    const known = index ? restrictToDataset(decoded.filters, index) : { filters: decoded.filters, notices: [] };
    const state = useExplorerStore.getState();
    const notices = datasetArrived ? [...state.notices, ...known.notices] : [...decoded.notices, ...known.notices];
    state.linkOpened(
      encodeFilters(known.filters) === encodeFilters(state.filters) ? state.filters : known.filters,
      notices,
    );
    const canonical = canonicalSearch(known.filters, location.search);
    if (canonical !== location.search) {
      ownWrites.current.push(canonical);
      navigate({ pathname: location.pathname, search: canonical, hash: location.hash }, { replace: true });
    }
    // location.key: every navigation counts, even one to the same search.
  }, [location, index, navigate]);

  useEffect(() => {
    const write = () => {
      // Read the store, not this render's value: a link opened in the same commit may have changed it.
      const current = latest.current;
      const wanted = canonicalSearch(useExplorerStore.getState().filters, current.search);
      // Already there, or already on its way there.
      if (wanted === current.search || wanted === ownWrites.current.at(-1)) return;
      ownWrites.current.push(wanted);
      navigate({ pathname: current.pathname, search: wanted, hash: current.hash }, { replace: true });
    };
    // The address follows once the new list is on screen and the counts and axis have
    // caught up (the write renders everything that reads the location), and a burst of
    // changes (typing) writes it once: the history is not flooded.
    return whenIdle(write, 200);
  }, [filters, navigate]);

  return null;
}
