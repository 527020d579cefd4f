/// <reference lib="webworker" />
/** Validates a large dataset off the main thread, while the main thread indexes it. */
import { validateCombined } from '../domain/validate.ts';

self.onmessage = (event: MessageEvent<{ text: string; label: string }>) => {
  const { text, label } = event.data;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    self.postMessage({
      ok: false,
      problems: [{ path: label, message: `is not valid JSON: ${(error as Error).message}` }],
    });
    return;
  }
  const result = validateCombined(json, label);
  // The dataset itself stays here: the main thread has parsed its own copy.
  self.postMessage(result.ok ? { ok: true } : result);
};
