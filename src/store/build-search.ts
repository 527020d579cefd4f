/**
 * The search index for a dataset. A link with a text query gets it at once, so that it
 * opens filtered; otherwise it is built once the first page is up: on this thread for a
 * small dataset, in a worker for a large one, so that the list shows first.
 */
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { buildSearchIndex, type SearchIndex } from '../domain/search-index.ts';
import { claimTexts } from '../domain/search.ts';

/** Above this many claims the index is built in a worker. */
export const WORKER_ABOVE = 20_000;

/** The index now, when a small dataset is opened by a link that searches; else null. */
export function buildSearchNow(index: DatasetIndex, query: string): SearchIndex | null {
  return index.claims.length <= WORKER_ABOVE && query.trim() !== '' ? buildSearchIndex(claimTexts(index)) : null;
}

/** Runs `task` when the page has nothing else to do (rendering the dataset, first of all). */
function whenIdle(task: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1_000 });
  else setTimeout(task, 50);
}

/** The index, built in the background once the page is idle. */
export function buildSearchLater(index: DatasetIndex): Promise<SearchIndex> {
  return new Promise((resolve) =>
    whenIdle(() =>
      index.claims.length <= WORKER_ABOVE
        ? resolve(buildSearchIndex(claimTexts(index)))
        : resolve(buildSearchInWorker(index)),
    ),
  );
}

function buildSearchInWorker(index: DatasetIndex): Promise<SearchIndex> {
  const texts = claimTexts(index);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
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
