/// <reference lib="webworker" />
/** Validates a large dataset off the main thread, while the main thread indexes it. */
import { validateJsonText } from '../domain/validate.ts';
import { textOf, type DatasetBody } from './validate-dataset.ts';

self.onmessage = (event: MessageEvent<{ body: DatasetBody; label: string }>) => {
  const { body, label } = event.data;
  const result = validateJsonText(textOf(body), label);
  // The dataset itself stays here: the main thread has parsed its own copy.
  self.postMessage(result.ok ? { ok: true } : result);
};
