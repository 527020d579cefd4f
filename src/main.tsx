import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app-router.tsx';
import { preloadDatasetBanner } from './routes/app-layout.tsx';
import { preloadWindowedList } from './components/events/event-list.tsx';
import { decodeFilters } from './domain/url-codec.ts';
import { useExplorerStore } from './store/explorer-store.ts';
import { datasetParamOf, openDataset } from './dataset/session.ts';

// The link's filters are in the store before the first render: no flash of unfiltered content.
const opened = decodeFilters(window.location.search);
useExplorerStore.getState().linkOpened(opened.filters, opened.notices);
const datasetParam = datasetParamOf(window.location.search);
void openDataset(datasetParam);
// A dataset of one's own is usually long: its list's windowing code downloads beside it,
// not after it, and so does the banner that names it.
if (datasetParam) {
  void preloadWindowedList();
  void preloadDatasetBanner();
}

// Rendered at once, not as a transition: the router must be listening before anything
// else can change the address (a link followed in the first moments would be missed).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
