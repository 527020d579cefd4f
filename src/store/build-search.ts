/**
 * The search index for a dataset's claims. A link with a text query gets it at once, so
 * that it opens filtered; otherwise it is built in a worker once the first page is up, so
 * that neither the list nor the reader's first input waits for it. The events' own index
 * (`eventSearchIndex` in domain/search.ts) is not built here: it is small enough for the
 * main thread, where `prepareQueries` or the first query builds it.
 */
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { buildSearchIndex, type SearchIndex } from '../domain/search-index.ts';
import { claimTexts } from '../domain/search.ts';
import { whenIdle } from './when-idle.ts';

/** Up to this many claims a link that searches gets its index at once; above, building it takes long enough to announce. */
export const SEARCH_NOW_UP_TO = 20_000;

/** The index now, when a small dataset is opened by a link that searches; else null. */
export function buildSearchNow(index: DatasetIndex, query: string): SearchIndex | null {
  return index.claims.length <= SEARCH_NOW_UP_TO && query.trim() !== '' ? buildSearchIndex(claimTexts(index)) : null;
}

/** The index, built in a worker once the page is idle. */
export function buildSearchLater(index: DatasetIndex): Promise<SearchIndex> {
  // Once the page has nothing else to do: rendering the dataset, first of all.
  return new Promise((resolve) => whenIdle(() => resolve(buildSearchInWorker(index)), 1_000));
}

function buildSearchInWorker(index: DatasetIndex): Promise<SearchIndex> {
  const texts = claimTexts(index);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // Without workers (older browsers, the test environment) it is built here.
      if (typeof Worker === 'undefined') throw new Error('no workers');
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return resolve(buildSearchIndex(texts));
    }
    worker.onmessage = (event: MessageEvent<SearchIndex>) => {
      worker.terminate();
      resolve(event.data);
    };
    // Should the worker fail, the index is still built, on this thread.
    worker.onerror = () => {
      worker.terminate();
      resolve(buildSearchIndex(texts));
    };
    worker.postMessage(texts);
  });
}
