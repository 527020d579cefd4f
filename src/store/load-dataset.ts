/**
 * Loads the dataset a link asks for. The embedded dataset was validated when the app
 * was built; any other (a same-origin file, or an import kept in this browser) is
 * untrusted and goes through the full validator. A small one is shown once it has
 * passed; a large one is shown as soon as it is indexed, marked as being checked, and
 * gives way to the list of its problems should the check fail.
 */
import { buildIndex, type DatasetIndex } from '../domain/dataset-index.ts';
import { resolveDataset } from '../domain/dataset-url.ts';
import { migrateDataset } from '../domain/migrate.ts';
import type { Problem } from '../domain/problem.ts';
import type { Dataset } from '../domain/schema.ts';
import type { SearchIndex } from '../domain/search-index.ts';
import { prepareQueries } from '../domain/search.ts';
import { buildSearchLater, buildSearchNow } from './build-search.ts';
import { useExplorerStore } from './explorer-store.ts';
import { readDataset } from './local-datasets.ts';
import { whenIdle } from './when-idle.ts';
import { prepareValidator, VALIDATE_IN_WORKER_ABOVE, type Validator } from './validate-dataset.ts';

declare global {
  interface Window {
    /** The download index.html starts before the app's code arrives (see scripts/vite-dataset-plugin.ts). */
    __earlyDataset?: { url: string; response: Promise<Response> };
  }
}

/** The download index.html started, if it is for `url`. Taken once: a response is read once. */
function takeEarlyFetch(url: string): Promise<Response> | null {
  const early = window.__earlyDataset;
  delete window.__earlyDataset;
  return early?.url === url ? early.response : null;
}

/**
 * How long a dataset may take to arrive (the answer and every byte of it, or an import
 * read from this browser's storage) before the load gives up with an error. Generous:
 * 100,000 claims are about 6 MB compressed, under a minute on a 1 Mbit/s line.
 */
export const LOAD_TIMEOUT_MS = 60_000;

let latest = 0;

/** @param timeout how long the dataset may take to arrive, in milliseconds */
export async function loadDataset(param: string | null, timeout = LOAD_TIMEOUT_MS): Promise<void> {
  const ticket = ++latest;
  const store = useExplorerStore.getState();
  const location = resolveDataset(param, window.location.origin, import.meta.env.BASE_URL);
  let label = location.kind === 'embedded' ? 'embedded' : location.path;
  // A newer request wins: a slow load never replaces the dataset the reader asked for last.
  const current = () => ticket === latest;
  const fail = (message: string, problems?: Problem[]) => {
    if (current()) store.datasetFailed(param, label, message, problems);
  };

  if (location.kind === 'refused') return fail(`The dataset “${location.path}” was not opened. ${location.reason}`);
  store.datasetRequested(param, label);

  let json: string;
  let validator: Validator | null = null;
  // A server that never answers, a body that stops halfway or a storage that stays
  // blocked would otherwise leave the reader looking at "Loading" for ever.
  const signal = AbortSignal.timeout(timeout);
  try {
    if (location.kind === 'local') {
      const stored = await untilAborted(readDataset(location.id), signal);
      if (!stored)
        return fail(
          `The dataset “${location.id}” is not in this browser. Imported datasets stay in the browser that imported them; ask for the file itself, or import it here.`,
        );
      label = stored.name;
      json = stored.json;
      validator = prepareValidator(json.length > VALIDATE_IN_WORKER_ABOVE);
    } else {
      const early = takeEarlyFetch(location.url);
      const response = await (early
        ? untilAborted(early, signal)
        : fetch(location.url, { credentials: 'same-origin', signal }));
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      // Hosts with a single-page fallback answer a missing file with the app's own page.
      if (response.headers.get('content-type')?.includes('html'))
        throw new Error('the server sent a web page, not a JSON file; is the path right?');
      if (location.kind !== 'embedded') {
        // Whether to keep the bytes for a worker. A compressed response reports its
        // compressed length, about a tenth of the JSON; no length at all may mean anything.
        const length = Number(response.headers.get('content-length') ?? NaN);
        validator = prepareValidator(!(length <= VALIDATE_IN_WORKER_ABOVE / 10));
      }
      json = await readText(response, validator, signal);
    }
  } catch (error) {
    validator?.dispose();
    const why = signal.aborted
      ? `it did not arrive within ${Math.round(timeout / 1000)} seconds`
      : (error as Error).message;
    return fail(`The dataset “${label}” could not be loaded: ${why}.`);
  }
  if (!current()) return validator?.dispose();

  const large = json.length > VALIDATE_IN_WORKER_ABOVE;
  let index: DatasetIndex | null = null;
  let unreadable = '';
  try {
    // A file of an earlier format is shown as the current one; the validator migrates its own copy alike.
    const migrated = migrateDataset(JSON.parse(json), label);
    if (migrated.ok) index = buildIndex(migrated.value as Dataset);
    else unreadable = `${migrated.problem.path} ${migrated.problem.message}`;
  } catch (error) {
    // Malformed data may break indexing; the verdict says exactly where.
    unreadable = (error as Error).message;
  }
  if (validator && (!large || !index)) {
    const checked = await validator.check(json, label);
    if (!checked.ok) return fail(`The dataset “${label}” is not valid.`, checked.problems);
  }
  if (!index) return fail(`The dataset “${label}” could not be read: ${unreadable}.`);
  if (!current()) return validator?.dispose();

  // The filters now, not when the load began: a link opened meanwhile may have set a query.
  const search = buildSearchNow(index, useExplorerStore.getState().filters.q);
  const checker = large ? validator : null;
  store.datasetLoaded(param, label, index, search, checker !== null);
  let searchFromCheck: Promise<SearchIndex | null> | undefined;
  if (checker) {
    // Checked once the list is on screen: on two cores, a check running beside the
    // parsing and indexing delayed the list by a quarter (0.7 s at 100,000 claims).
    await new Promise<void>((resolve) => whenIdle(resolve, 1_000));
    if (!current()) return checker.dispose();
    const checked = await checker.check(json, label);
    // A newer load: its worker would go on to build a search index no one reads.
    if (!current()) return checker.dispose();
    if (!checked.ok) return fail(`The dataset “${label}” is not valid.`, checked.problems);
    store.datasetChecked(index);
    searchFromCheck = checked.search;
  }
  if (!search)
    void searchAfterCheck(index, searchFromCheck).then((built) => {
      // Now rather than on the reader's first search, which should be as quick as the next.
      prepareQueries(index);
      store.searchIndexBuilt(index, built);
    });
}

/**
 * The search index of a dataset shown without one: the validator's, if its worker built
 * one, else one built now. Only after the check, so that a large dataset's two workers
 * do not compete for the same cores.
 */
async function searchAfterCheck(
  index: DatasetIndex,
  fromCheck: Promise<SearchIndex | null> | undefined,
): Promise<SearchIndex> {
  const built = await fromCheck;
  return built && built.size === index.claims.length ? built : buildSearchLater(index);
}

/** `promise`, or its rejection with the signal's reason once the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * The body as text, decoded piece by piece as it arrives: the decoding happens while
 * the rest downloads instead of after it. (`response.text()` waits for the whole body,
 * then decodes it in one long task.) Each piece then goes on to the validator's worker.
 * The signal stops a body that stalls, even one whose fetch did not have it (the early one).
 */
async function readText(response: Response, validator: Validator | null, signal: AbortSignal): Promise<string> {
  if (!response.body) return untilAborted(response.text(), signal);
  const reader = response.body.getReader();
  const next = () =>
    untilAborted(reader.read(), signal).catch((error: unknown) => {
      void reader.cancel().catch(() => {});
      throw error;
    });
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let read = await next(); !read.done; read = await next()) {
    parts.push(decoder.decode(read.value, { stream: true }));
    validator?.feed(read.value);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
