/** Renders the whole app at a URL, on a given dataset, through a memory router. */
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app-router.tsx';
import { buildIndex } from '../domain/dataset-index.ts';
import { buildSearchIndex } from '../domain/search-index.ts';
import { claimTexts, textSearch } from '../domain/search.ts';
import type { Dataset } from '../domain/schema.ts';
import { decodeFilters } from '../domain/url-codec.ts';
import { useExplorerStore } from '../store/explorer-store.ts';
import { fixture } from './fixture.ts';

export function renderApp(url: string, dataset: Dataset = fixture()) {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  const store = useExplorerStore.getState();
  const index = buildIndex(dataset);
  store.datasetLoaded(null, 'embedded', index, textSearch(index, buildSearchIndex(claimTexts(index))));
  const search = url.includes('?') ? url.slice(url.indexOf('?')).split('#')[0]! : '';
  const opened = decodeFilters(search);
  store.linkOpened(opened.filters, opened.notices);
  return render(
    <MemoryRouter initialEntries={[url]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}
