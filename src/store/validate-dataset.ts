/**
 * Validation of a dataset that is not the embedded one. A large one is checked in a
 * worker, started before its bytes arrive so that it is ready for them, while this
 * thread parses and indexes its own copy: the two costs overlap.
 */
import type { Problem } from '../domain/problem.ts';

/** Below this size (in bytes or characters of JSON) a worker costs more than it saves. */
export const VALIDATE_IN_WORKER_ABOVE = 2_000_000;

export type Verdict = { ok: true } | { ok: false; problems: Problem[] };

export type DatasetBody = string | ArrayBuffer;

/** Bytes, or characters of a string: what the worker threshold is compared with. */
export const sizeOf = (body: DatasetBody) => (typeof body === 'string' ? body.length : body.byteLength);

/** The JSON text of a body (UTF-8 bytes are decoded). */
export const textOf = (body: DatasetBody) => (typeof body === 'string' ? body : new TextDecoder().decode(body));

async function validateHere(body: DatasetBody, label: string): Promise<Verdict> {
  const { validateJsonText } = await import('../domain/validate.ts');
  const result = validateJsonText(textOf(body), label);
  return result.ok ? { ok: true } : result;
}

export interface Validator {
  /** Checks the whole dataset; never rejects. */
  check(body: DatasetBody, label: string): Promise<Verdict>;
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
    check(body, label) {
      const running = worker;
      if (!running || sizeOf(body) <= VALIDATE_IN_WORKER_ABOVE) {
        dispose();
        return validateHere(body, label);
      }
      return new Promise((resolve) => {
        running.onmessage = (event: MessageEvent<Verdict>) => {
          dispose();
          resolve(event.data);
        };
        // A worker that fails must not leave the dataset unchecked.
        running.onerror = () => {
          dispose();
          resolve(validateHere(body, label));
        };
        if (typeof body === 'string') running.postMessage({ body, label });
        else {
          // The worker gets its own copy of the bytes, moved rather than cloned.
          const copy = body.slice(0);
          running.postMessage({ body: copy, label }, [copy]);
        }
      });
    },
  };
}
