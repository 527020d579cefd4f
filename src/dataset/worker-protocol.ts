/**
 * The one protocol between a dataset session and its worker, and the session's side of
 * it. Every worker of a session ends with the session's AbortSignal.
 */
import type { JsonText } from '../domain/json-text.ts';
import type { Problem } from '../domain/problem.ts';
import type { SearchIndex } from '../domain/search-index.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';

export type Verdict = { ok: true } | { ok: false; problems: Problem[] };

export type ToWorker =
  /** A piece of the body as it arrived: moved, not copied, so decoded on the page first. */
  | { kind: 'bytes'; bytes: Uint8Array }
  /** Check what arrived (or `json`), then build the search index. */
  | { kind: 'run'; label: string; json?: JsonText };

export type FromWorker = { kind: 'checked'; verdict: Verdict } | { kind: 'searchable'; search: SearchIndex };

export interface DatasetWorker {
  /** Hands over a piece of the body as it arrives. */
  feed(bytes: Uint8Array): void;
  /**
   * Checks the dataset (`json`, if its bytes were not fed) and then builds its search
   * index. `checked` never rejects; `searchable` rejects if the worker fails after checking.
   */
  run(label: string, json?: JsonText): { checked: Promise<Verdict>; searchable: Promise<SearchIndex> };
}

/**
 * A worker for one session, or null where workers cannot run (then the page does the
 * work). The body's pieces are kept as they arrive and handed over when it runs, once the
 * first screen is up: a worker decoding them meanwhile competed with the page's own
 * parsing and drawing for the same two cores.
 */
export function startDatasetWorker(signal: AbortSignal): DatasetWorker | null {
  if (typeof Worker === 'undefined' || signal.aborted) return null;
  let kept: Uint8Array[] | null = [];
  let worker: Worker | null = null;
  signal.addEventListener(
    'abort',
    () => {
      worker?.terminate();
      kept = null;
    },
    { once: true },
  );
  return {
    feed(bytes) {
      kept?.push(bytes);
    },
    run(label, json) {
      let settleChecked: (verdict: Verdict) => void = () => {};
      let settleSearch: (search: SearchIndex) => void = () => {};
      let failSearch: (error: Error) => void = () => {};
      const checked = new Promise<Verdict>((resolve) => (settleChecked = resolve));
      const searchable = new Promise<SearchIndex>((resolve, reject) => {
        settleSearch = resolve;
        failSearch = reject;
      });
      // A search index no one waits for must not be reported as a failure.
      searchable.catch(() => {});
      const pieces = kept ?? [];
      kept = null;
      const onThePage = () => {
        if (json !== undefined) void checkHere(json, label).then(settleChecked);
        else settleChecked({ ok: false, problems: [{ path: label, message: 'could not be checked' }] });
        failSearch(new Error("the dataset's worker did not run"));
      };
      if (signal.aborted) return { checked, searchable };
      try {
        worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
      } catch {
        onThePage();
        return { checked, searchable };
      }
      const running = worker;
      let wasChecked = false;
      running.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.kind === 'checked') {
          wasChecked = true;
          settleChecked(message.verdict);
          if (!message.verdict.ok) running.terminate();
        } else {
          settleSearch(message.search);
          running.terminate();
        }
      };
      // A check that could not run is not a pass: it is done on the page instead.
      running.onerror = (event) => {
        event.preventDefault();
        running.terminate();
        if (wasChecked) failSearch(new Error(`the dataset's worker failed: ${event.message}`));
        else onThePage();
      };
      for (const bytes of pieces) {
        // Moved, not copied; a view on part of a larger buffer is copied out first.
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        running.postMessage({ kind: 'bytes', bytes: own } satisfies ToWorker, [own.buffer]);
      }
      // Copying the text to the worker would cost the page about 100 ms at 58 MB.
      running.postMessage({ kind: 'run', label, json: pieces.length > 0 ? undefined : json } satisfies ToWorker);
      return { checked, searchable };
    },
  };
}

/** The check on the page, for a small dataset or where no worker runs. */
export async function checkHere(json: JsonText, label: string): Promise<Verdict> {
  const { validateJsonText } = await import('../domain/validate.ts');
  const result = validateJsonText(json, label);
  return result.ok ? { ok: true } : result;
}

/** The search index, built on the page: the one producer besides the worker, from the same function. */
export async function searchHere(index: DatasetIndex): Promise<SearchIndex> {
  const [{ buildSearchIndexInSlices }, { claimTexts }] = await Promise.all([
    import('../domain/search-index.ts'),
    import('../domain/search.ts'),
  ]);
  return buildSearchIndexInSlices(claimTexts(index));
}
