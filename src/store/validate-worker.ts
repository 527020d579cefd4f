/// <reference lib="webworker" />
/**
 * Validates a large dataset off the main thread, once the page shows it. The body comes
 * either as the pieces of bytes the page kept while it downloaded, then a message with
 * only the label, or as one message with the whole text. A valid dataset's search index
 * is built here next, from this worker's parsed copy: that spares the main thread
 * collecting every claim's text to send to another worker.
 */
import { buildIndex } from '../domain/dataset-index.ts';
import { buildSearchIndex } from '../domain/search-index.ts';
import { claimTexts } from '../domain/search.ts';
import { validateJsonText } from '../domain/validate.ts';
import type { WorkerMessage } from './validate-dataset.ts';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

const decoder = new TextDecoder();
const pieces: string[] = [];

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array } | { json?: string; label: string }>) => {
  const message = event.data;
  if ('bytes' in message) {
    pieces.push(decoder.decode(message.bytes, { stream: true }));
    return;
  }
  const json = message.json ?? pieces.join('') + decoder.decode();
  pieces.length = 0;
  const result = validateJsonText(json, message.label);
  if (!result.ok) return post(result);
  post({ ok: true });
  // Claims in the same order as on the main thread: both index the same dataset.
  const search = buildSearchIndex(claimTexts(buildIndex(result.dataset)));
  post({ search }, [search.offsets.buffer, search.postings.buffer]);
};
