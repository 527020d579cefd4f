/// <reference lib="webworker" />
/** Validates a large dataset off the main thread, while the main thread indexes it. */
import { validateJsonText } from '../domain/validate.ts';

self.onmessage = (event: MessageEvent<{ json: string; label: string }>) => {
  const { json, label } = event.data;
  const result = validateJsonText(json, label);
  // The dataset itself stays here: the main thread has parsed its own copy.
  self.postMessage(result.ok ? { ok: true } : result);
};
