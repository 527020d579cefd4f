/// <reference lib="webworker" />
/** Builds the search index of a large dataset off the main thread. */
import { buildSearchIndex } from '../domain/search-index.ts';

self.onmessage = (event: MessageEvent<string[]>) => {
  const index = buildSearchIndex(event.data);
  self.postMessage(index, [index.offsets.buffer, index.postings.buffer]);
};
