/**
 * Validation of a dataset that is not the embedded one. A large one is validated in a
 * worker while this thread parses and indexes its own copy, so the two costs overlap;
 * nothing is shown until the worker has found it valid.
 */
import type { Problem } from '../domain/problem.ts';

/** Below this size (in characters of JSON) a worker costs more than it saves. */
export const WORKER_ABOVE = 2_000_000;

export type Verdict = { ok: true } | { ok: false; problems: Problem[] };

async function validateHere(text: string, label: string): Promise<Verdict> {
  const { validateJsonText } = await import('../domain/validate.ts');
  const result = validateJsonText(text, label);
  return result.ok ? { ok: true } : result;
}

export function validateText(text: string, label: string): Promise<Verdict> {
  if (text.length <= WORKER_ABOVE || typeof Worker === 'undefined') return validateHere(text, label);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return resolve(validateHere(text, label));
    }
    worker.onmessage = (event: MessageEvent<Verdict>) => {
      worker.terminate();
      resolve(event.data);
    };
    // A worker that fails to start must not leave the dataset unchecked.
    worker.onerror = () => {
      worker.terminate();
      resolve(validateHere(text, label));
    };
    worker.postMessage({ text, label });
  });
}
