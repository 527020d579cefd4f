import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './index.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app-router.tsx';
import { decodeFilters } from './domain/url-codec.ts';
import { useExplorerStore } from './store/explorer-store.ts';
import { loadDataset } from './store/load-dataset.ts';

// The link's filters are in the store before the first render: no flash of unfiltered content.
const opened = decodeFilters(window.location.search);
useExplorerStore.getState().linkOpened(opened.filters, opened.notices);
void loadDataset(new URLSearchParams(window.location.search).get('dataset'));

// A transition lets the first render yield to the browser instead of holding one long task.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
