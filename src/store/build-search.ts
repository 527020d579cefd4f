/**
 * The search index for a dataset: built at once for small datasets, so a link with a
 * text query opens filtered; in a worker for large ones, so the list shows first.
 */
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { buildSearchIndex, type SearchIndex } from '../domain/search-index.ts';
import { claimTexts } from '../domain/search.ts';

/** Above this many claims the index is built in a worker. */
export const WORKER_ABOVE = 20_000;

export function buildSearchNow(index: DatasetIndex): SearchIndex | null {
  return index.claims.length <= WORKER_ABOVE ? buildSearchIndex(claimTexts(index)) : null;
}

export function buildSearchInWorker(index: DatasetIndex): Promise<SearchIndex> {
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
