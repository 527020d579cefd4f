/**
 * Validation of a dataset that is not the embedded one. A large one is checked in a
 * worker, started before its bytes arrive so that it is ready for them, while this
 * thread parses and indexes its own copy: the two costs overlap.
 */
import type { Problem } from '../domain/problem.ts';

/** Below this size (in characters of JSON) a worker costs more than it saves. */
export const VALIDATE_IN_WORKER_ABOVE = 2_000_000;

export type Verdict = { ok: true } | { ok: false; problems: Problem[] };

async function validateHere(json: string, label: string): Promise<Verdict> {
  const { validateJsonText } = await import('../domain/validate.ts');
  const result = validateJsonText(json, label);
  return result.ok ? { ok: true } : result;
}

export interface Validator {
  /** Checks the whole dataset; never rejects. */
  check(json: string, label: string): Promise<Verdict>;
  /** Stops a worker that will not be used (a newer load, a failed fetch). */
  dispose(): void;
}

/**
 * @param expectLarge start the worker now (the size may not be known yet: only a hint
 *   such as Content-Length); a small body is still checked on this thread.
 */
export function startValidator(expectLarge: boolean): Validator {
  let worker: Worker | null = null;
  if (expectLarge && typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
  }
  const dispose = () => {
    worker?.terminate();
    worker = null;
  };
  return {
    dispose,
    check(json, label) {
      const running = worker;
      if (!running || json.length <= VALIDATE_IN_WORKER_ABOVE) {
        dispose();
        return validateHere(json, label);
      }
      return new Promise((resolve) => {
        running.onmessage = (event: MessageEvent<Verdict>) => {
          dispose();
          resolve(event.data);
        };
        // A worker that fails must not leave the dataset unchecked.
        running.onerror = () => {
          dispose();
          resolve(validateHere(json, label));
        };
        running.postMessage({ json, label });
      });
    },
  };
}
