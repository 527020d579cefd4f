/// <reference lib="webworker" />
/** Validates a large dataset off the main thread, while the main thread indexes it. */
import { validateJsonText } from '../domain/validate.ts';

self.onmessage = (event: MessageEvent<{ body: string | ArrayBuffer; label: string }>) => {
  const { body, label } = event.data;
  const result = validateJsonText(typeof body === 'string' ? body : new TextDecoder().decode(body), label);
  // The dataset itself stays here: the main thread has parsed its own copy.
  self.postMessage(result.ok ? { ok: true } : result);
};
