/**
 * Validation of a dataset that is not the embedded one. A large one is checked in a
 * worker once the page shows it: its bytes are kept as they arrive and handed over then,
 * so that the check does not compete with parsing and indexing for the same cores.
 */
import type { Problem } from '../domain/problem.ts';
import type { SearchIndex } from '../domain/search-index.ts';

/** Below this size (in characters of JSON) a worker costs more than it saves. */
export const VALIDATE_IN_WORKER_ABOVE = 2_000_000;

/**
 * `search`: a worker that has checked the dataset goes on to build its search index
 * from its own parsed copy, and resolves this with it (null if it could not).
 */
export type Verdict = { ok: true; search?: Promise<SearchIndex | null> } | { ok: false; problems: Problem[] };

/** What the worker posts: its verdict, then (for a valid dataset) the search index. */
export type WorkerMessage = { ok: true } | { ok: false; problems: Problem[] } | { search: SearchIndex };

async function validateHere(json: string, label: string): Promise<Verdict> {
  const { validateJsonText } = await import('../domain/validate.ts');
  const result = validateJsonText(json, label);
  return result.ok ? { ok: true } : result;
}

export interface Validator {
  /**
   * Keeps a piece of the body's bytes as it arrives, for a worker to decode later; the
   * piece may be moved to that worker, so it must be decoded here first. When no worker
   * is expected, does nothing.
   */
  feed(bytes: Uint8Array): void;
  /** Checks the whole dataset (`json`: its text, all of it); never rejects. */
  check(json: string, label: string): Promise<Verdict>;
  /** Stops a worker, or drops kept bytes, that will not be used (a newer load, a failed fetch). */
  dispose(): void;
}

/**
 * @param expectLarge keep the bytes for a worker (the size may not be known yet: only a
 *   hint such as Content-Length); a small body is still checked on this thread.
 */
export function prepareValidator(expectLarge: boolean): Validator {
  let worker: Worker | null = null;
  let kept: Uint8Array[] | null = expectLarge && typeof Worker !== 'undefined' ? [] : null;
  const dispose = () => {
    worker?.terminate();
    worker = null;
    kept = null;
  };
  /**
   * The worker, given every kept piece; null if none was expected or none could start.
   * `fed`: whether it has the body's bytes (an import kept in this browser has none).
   */
  const startWorker = (): { worker: Worker; fed: boolean } | null => {
    const pieces = kept;
    kept = null;
    if (!pieces) return null;
    try {
      worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    for (const bytes of pieces) {
      // Moved, not copied; a view on part of a larger buffer is copied out first.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      worker.postMessage({ bytes: own }, [own.buffer]);
    }
    return { worker, fed: pieces.length > 0 };
  };
  return {
    dispose,
    feed(bytes) {
      kept?.push(bytes);
    },
    check(json, label) {
      const started = json.length > VALIDATE_IN_WORKER_ABOVE ? startWorker() : null;
      if (!started) {
        dispose();
        return validateHere(json, label);
      }
      const { worker: running, fed } = started;
      return new Promise((resolve) => {
        let checked = false;
        let searchBuilt: (search: SearchIndex | null) => void = () => {};
        running.onmessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if ('search' in message) {
            dispose();
            return searchBuilt(message.search);
          }
          checked = true;
          if (!message.ok) {
            dispose();
            return resolve(message);
          }
          resolve({ ok: true, search: new Promise((built) => (searchBuilt = built)) });
        };
        // A worker that fails must not leave the dataset unchecked; once it has checked
        // it, the search index is built the usual way.
        running.onerror = () => {
          dispose();
          if (checked) searchBuilt(null);
          else resolve(validateHere(json, label));
        };
        // Copying the text to the worker would cost this thread about 100 ms at 58 MB.
        running.postMessage(fed ? { label } : { json, label });
      });
    },
  };
}
