/// <reference lib="webworker" />
/**
 * A dataset's work off the main thread: its bytes arrive in pieces as they download (or
 * its whole text in one message), then one `run` message says what to do with them:
 * check it, then build its search index from this worker's own parsed copy (which
 * spares the main thread collecting every claim's text to send over).
 */
import { buildIndex } from '../domain/dataset-index.ts';
import { buildSearchIndex } from '../domain/search-index.ts';
import { claimTexts } from '../domain/search.ts';
import { jsonTextDecoder } from '../domain/json-text.ts';
import { validateJsonText } from '../domain/validate.ts';
import type { ToWorker, FromWorker } from './worker-protocol.ts';

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

const arriving = jsonTextDecoder();

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'bytes') return arriving.add(message.bytes);
  const arrived = arriving.end();
  const json = message.json ?? arrived;
  const result = validateJsonText(json, message.label);
  if (!result.ok) return post({ kind: 'checked', verdict: result });
  post({ kind: 'checked', verdict: { ok: true } });
  // Claims in the same order as on the main thread: both index the same dataset.
  const search = buildSearchIndex(claimTexts(buildIndex(result.dataset)));
  post({ kind: 'searchable', search }, [search.offsets.buffer, search.postings.buffer]);
};
