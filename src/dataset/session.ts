/**
 * Opening a dataset, as explicit stages: it arrives (fetched, or read from this
 * browser), its first screen is drawn, its claims' records follow, it is checked, and
 * it becomes searchable. One AbortSignal per session ends it, its downloads and its
 * worker: opening another dataset aborts the last one.
 *
 * The embedded dataset was checked when the app was built. Any other is untrusted: a
 * small one is shown once it has passed; of a large one, nothing of an unchecked shape is
 * drawn. Its small tables (events, actors, sources, disputes) pass the published JSON
 * Schema before its first screen (shape-check.ts), the rest of the rules with the whole
 * check; its claims are shown only once the whole dataset has passed (the reader is told
 * it is being checked meanwhile), and a failed check replaces it by its problems.
 *
 * A large dataset with a columnar companion beside it (`x.json` → `x.arrow`, see
 * companion.ts) draws its first screen from that: a fraction of the bytes and no
 * parsing of the claims' text, which the JSON then brings.
 */
import { buildIndex, claimCodes, indexFromCodes, type DatasetIndex } from '../domain/dataset-index.ts';
import { resolveDataset, type DatasetLocation } from '../domain/dataset-url.ts';
import type { Problem } from '../domain/problem.ts';
import { jsonLength, jsonTextDecoder, type JsonText } from '../domain/json-text.ts';
import type { Dataset } from '../domain/schema.ts';
import type { SearchIndex } from '../domain/search-index.ts';
import type { TextSearch } from '../domain/search.ts';
import { useExplorerStore } from '../store/explorer-store.ts';
import { whenIdle } from '../store/when-idle.ts';
import type { DatasetWorker } from './worker-protocol.ts';
import type { FirstScreen } from './companion-screen.ts';
import { companionPath } from './companion-path.ts';

declare global {
  interface Window {
    /** The download index.html starts before the app's code arrives (see scripts/vite-dataset-plugin.ts). */
    __earlyDataset?: { url: string; response: Promise<Response> };
    /** The companion's download, started beside it for a dataset the link names. */
    __earlyCompanion?: { url: string; response: Promise<Response>; body?: Promise<Blob> };
  }
}

/**
 * How long a dataset may take to arrive (the answer and every byte of it, or an import
 * read from this browser's storage) before the load gives up with an error. Generous:
 * 100,000 claims are about 6 MB compressed, under a minute on a 1 Mbit/s line.
 */
export const LOAD_TIMEOUT_MS = 60_000;

/**
 * How long the server may take to answer for a companion (its headers, not its body)
 * before the JSON is asked for instead: a host that leaves that request hanging must not
 * hold the dataset back for the whole of LOAD_TIMEOUT_MS.
 */
export const COMPANION_ANSWER_MS = 5_000;

/** Above this size (in characters of JSON) a dataset is checked in a worker, after its first screen. */
export const LARGE_DATASET = 2_000_000;

/** Up to this many claims a link that searches gets its index at once; above, building it takes long enough to announce. */
export const SEARCH_NOW_UP_TO = 20_000;

/** The `dataset` parameter of a query string; absent and empty both mean the embedded dataset. */
export function datasetParamOf(search: string): string | null {
  return new URLSearchParams(search).get('dataset') || null;
}

let session: AbortController | null = null;

/**
 * Opens the dataset a link names and reports each stage to the store. Resolves when the
 * session has nothing more to do (or has been replaced by a newer one).
 * @param timeout how long the dataset may take to arrive, in milliseconds
 */
export async function openDataset(param: string | null, timeout = LOAD_TIMEOUT_MS): Promise<void> {
  session?.abort();
  const controller = new AbortController();
  session = controller;
  const { signal } = controller;
  const store = useExplorerStore.getState();
  const location = resolveDataset(param, window.location.origin, import.meta.env.BASE_URL);
  let label = location.kind === 'embedded' ? 'embedded' : location.path;
  const fail = (message: string, problems?: Problem[]) => {
    if (!signal.aborted) store.datasetFailed(param, label, message, problems);
    controller.abort();
  };
  if (location.kind === 'refused') return fail(`The dataset “${location.path}” was not opened. ${location.reason}`);
  store.datasetRequested(param, label);
  // Of a large dataset from elsewhere the shapes of its tables are checked before its first
  // screen: that check's code loads while the dataset downloads. (The whole check's loads
  // once there is known to be no companion, in `arrive`.)
  if (location.kind !== 'embedded') void shapeCheck().catch(() => {});

  // A server that never answers, a body that stops halfway or a storage that stays
  // blocked would otherwise leave the reader looking at "Loading" for ever.
  const arrival = AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
  /** A download or a read that failed or ran out of time; nothing to say once the session is over. */
  const notArrived = (error: unknown) => {
    if (signal.aborted) return;
    const why = arrival.aborted
      ? `it did not arrive within ${Math.round(timeout / 1000)} seconds`
      : (error as Error).message;
    return fail(`The dataset “${label}” could not be loaded: ${why}.`);
  };
  let arrived: Arrived;
  try {
    // A companion's answer has less time than the dataset: without one, the JSON is asked for.
    const patience = AbortSignal.any([arrival, AbortSignal.timeout(Math.min(COMPANION_ANSWER_MS, timeout / 4))]);
    arrived = await arrive(location, arrival, patience, signal);
    if (arrived.kind === 'missing') return fail(arrived.message);
    label = arrived.label;
  } catch (error) {
    return notArrived(error);
  }

  // The first screen: from the companion if there is one that reads and passes, else from the JSON.
  mark('arrived');
  const companion = await firstScreenOf(arrived.companion, label);
  let json: JsonText;
  /** The worker the JSON's bytes went to, which checks it (a large dataset from elsewhere). */
  let worker: DatasetWorker | null;
  let index: DatasetIndex;
  if (companion && !signal.aborted) {
    index = indexFromCodes(companion.tables, companion.codes, null);
    mark('first-screen');
    store.datasetLoaded(param, label, index, null, true);
    // The JSON is read once that screen is drawn: read beside it, its pieces held the page
    // up for seconds at 100,000 claims.
    await new Promise<void>((resolve) => whenIdle(resolve, 2_000));
  }
  try {
    ({ json, worker } = await arrived.read());
  } catch (error) {
    return notArrived(error);
  }
  if (signal.aborted) return;

  const trusted = location.kind === 'embedded';
  const large = !trusted && (jsonLength(json) > LARGE_DATASET || companion !== null);
  if (!companion) {
    if (!trusted && !large) {
      // Small: checked on this thread before anything of it is shown.
      const verdict = await checkHere(json, label);
      if (signal.aborted) return;
      if (!verdict.ok) return fail(`The dataset “${label}” is not valid.`, verdict.problems);
    }
    const read = await readRecords(json, label, large);
    if (signal.aborted) return;
    if (!read.ok)
      return large ? check(read.message) : fail(`The dataset “${label}” could not be read: ${read.message}.`);
    index = buildIndex(read.dataset);
    mark('first-screen');
    // The filters now, not when the load began: a link opened meanwhile may have set a query.
    const q = useExplorerStore.getState().filters.q.trim();
    const search =
      !large && q !== '' && index.claims.length <= SEARCH_NOW_UP_TO ? await textSearchOf(searchHere(index)) : null;
    if (signal.aborted) return;
    store.datasetLoaded(param, label, index, search, large);
    if (!large) return search ? mark('searchable') : searchable(null);
  }
  return check(null);

  /**
   * The check of a large dataset, once its first screen is up (on two cores a check
   * beside the parsing and drawing delayed the list by a quarter), then its records
   * if the first screen came from the companion, then its search index.
   * @param unreadable why the JSON could not be indexed, if it could not: the check says exactly where.
   */
  async function check(unreadable: string | null): Promise<void> {
    await new Promise<void>((resolve) => whenIdle(resolve, 1_000));
    if (signal.aborted) return;
    const run = worker?.run(label, json);
    const verdict = await (run?.checked ?? checkHere(json, label));
    if (signal.aborted) return;
    if (!verdict.ok) return fail(`The dataset “${label}” is not valid.`, verdict.problems);
    mark('checked');
    if (unreadable !== null) return fail(`The dataset “${label}” could not be read: ${unreadable}.`);
    if (companion) {
      const read = await readRecords(json, label, true);
      // A million claims' text is as large again as their records: it is not kept.
      json = '';
      if (signal.aborted) return;
      if (!read.ok) return fail(`The dataset “${label}” could not be read: ${read.message}.`);
      const codes = claimCodes(read.dataset);
      const { isCompanionOf } = await companionScreen();
      // A companion written from another version of the file: the JSON is the dataset.
      index = isCompanionOf(read.dataset, codes, companion)
        ? indexFromCodes(read.dataset, codes, read.dataset.claims)
        : buildIndex(read.dataset);
      store.datasetLoaded(param, label, index, null, false);
    } else store.datasetChecked(index);
    return searchable(run ? run.searchable.catch(() => later(() => searchHere(index))) : null);
  }

  /** The search index: given, or built on the page once it is idle; then the text search has it. */
  async function searchable(given: Promise<SearchIndex> | null): Promise<void> {
    const search = await textSearchOf(given ?? later(() => searchHere(index)));
    if (signal.aborted) return;
    store.searchIndexBuilt(index, search);
    mark('searchable');
  }

  /** The text search over the claims' index, with the code that answers queries, which loads only now. */
  async function textSearchOf(claims: Promise<SearchIndex>): Promise<TextSearch> {
    const [built, { prepareQueries, textSearch }] = await Promise.all([claims, import('../domain/search.ts')]);
    // Now rather than on the reader's first search, which should be as quick as the next.
    prepareQueries(index);
    return textSearch(index, built);
  }
}

/** The JSON text, whole, and the worker its bytes went to as they arrived, if any. */
interface JsonRead {
  json: JsonText;
  worker: DatasetWorker | null;
}

type Arrived =
  | {
      kind: 'arrived';
      label: string;
      /**
       * Reads the JSON text, and gives it with the worker its bytes went to, if any (a large
       * dataset from elsewhere). Started only once the first screen is decided, so that
       * neither competes with it.
       */
      read: () => Promise<JsonRead>;
      /** The companion's bytes, arrived whole, if there is one. */
      companion: Uint8Array | null;
    }
  | { kind: 'missing'; message: string };

/**
 * Starts the dataset's arrival: its JSON text and its companion (for a file or an import
 * that has one). Resolves once the dataset is known to exist (the server answered), its
 * text (and the worker its bytes go to) to follow.
 */
async function arrive(
  location: DatasetLocation,
  arrival: AbortSignal,
  patience: AbortSignal,
  signal: AbortSignal,
): Promise<Arrived> {
  if (location.kind === 'refused') throw new Error(location.reason);
  if (location.kind === 'local') {
    // The browser's store is read only for an imported dataset: its code loads then.
    const stored = await untilAborted(
      import('./browser-store.ts').then((store) => store.readDataset(location.id)),
      arrival,
    );
    if (!stored)
      return {
        kind: 'missing',
        message: `The dataset “${location.id}” is not in this browser. Imported datasets stay in the browser that imported them; ask for the file itself, or import it here.`,
      };
    const large = stored.json.length > LARGE_DATASET;
    if (!large) prefetchValidator();
    return {
      kind: 'arrived',
      label: stored.name,
      read: async () => ({ json: stored.json, worker: large ? await startDatasetWorker(signal) : null }),
      companion: large ? (stored.companion ?? null) : null,
    };
  }
  const label = location.kind === 'path' ? location.path : 'embedded';
  const answered = async () => {
    const early = takeEarlyFetch(location.url);
    const response = await (early
      ? untilAborted(early, arrival)
      : fetch(location.url, { credentials: 'same-origin', signal: arrival }));
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    // Hosts with a single-page fallback answer a missing file with the app's own page.
    if (response.headers.get('content-type')?.includes('html'))
      throw new Error('the server sent a web page, not a JSON file; is the path right?');
    return response;
  };
  let text: Promise<JsonRead> | undefined;
  const reading = async (response: Promise<Response>, checker: Promise<DatasetWorker | null>): Promise<JsonRead> => {
    const [answer, worker] = await Promise.all([response, checker]);
    return { json: await readText(answer, worker, arrival), worker };
  };
  // A dataset with a companion draws its first screen from it, and its JSON (and the
  // worker's code) is asked for only then: its body arriving beside the companion's
  // delayed that screen by a tenth, and the worker's code by a round trip after the body.
  const companion = location.kind === 'path' ? await fetchCompanion(location.url, patience, arrival) : null;
  if (companion && startsLikeArrow(companion)) {
    const read = () => (text ??= reading(answered(), startDatasetWorker(signal)));
    return { kind: 'arrived', label, read, companion };
  }
  // Without a companion, a small dataset is checked on this page before it is drawn: the
  // check's code loads while the JSON downloads. Not before: with a companion, its loading
  // (zod's schemas built on this thread) delayed the first screen by 50 ms at 100,000 claims.
  if (location.kind === 'path') prefetchValidator();
  const response = await answered();
  // Whether its bytes go to a worker as they arrive. A compressed response reports its
  // compressed length, about a tenth of the JSON; no length at all may mean anything.
  const length = Number(response.headers.get('content-length') ?? NaN);
  const large = location.kind === 'path' && !(length <= LARGE_DATASET / 10);
  const read = () =>
    (text ??= reading(Promise.resolve(response), large ? startDatasetWorker(signal) : Promise.resolve(null)));
  return { kind: 'arrived', label, read, companion };
}

/** The download index.html started, if it is for `url`. Taken once: a response is read once. */
function takeEarlyFetch(url: string): Promise<Response> | null {
  const early = window.__earlyDataset;
  delete window.__earlyDataset;
  return early?.url === url ? early.response : null;
}

/**
 * The companion beside a dataset file, or null: none there, not a companion (a host's
 * fallback page), not answered for before `patience` ends, or not arrived in time. It never
 * fails the load: the JSON is the dataset.
 */
async function fetchCompanion(url: string, patience: AbortSignal, arrival: AbortSignal): Promise<Uint8Array | null> {
  try {
    const path = companionPath(url);
    const taken = window.__earlyCompanion;
    delete window.__earlyCompanion;
    const early = taken?.url === path ? taken : null;
    const response = await untilAborted(
      early?.response ?? fetch(path, { credentials: 'same-origin', signal: arrival }),
      patience,
    );
    if (!response.ok || response.headers.get('content-type')?.includes('html')) return null;
    // There is one: its reader loads while its body arrives.
    void companionScreen().catch(() => {});
    // As a Blob, read whole: `arrayBuffer()` on the response took the page's thread for
    // 200 ms at 10 MB, in pieces as they arrived, while that thread was starting the app.
    const body = await untilAborted(early?.body ?? response.blob(), arrival);
    return new Uint8Array(await untilAborted(body.arrayBuffer(), arrival));
  } catch {
    return null;
  }
}

/**
 * The first screen from the companion, once its outline has passed the shape check; null
 * when there is none or it does not read or pass, and the first screen then comes from the JSON.
 */
async function firstScreenOf(given: Uint8Array | null, label: string): Promise<FirstScreen | null> {
  if (given) mark('companion-arrived');
  // Not even an Arrow file (a host's answer for a missing one): Arrow's reader is not loaded for it.
  if (!given || !startsLikeArrow(given)) return null;
  try {
    const screen = await companionScreen();
    return screen.firstScreenOf(given, label, () => mark('companion-read'));
  } catch (error) {
    console.warn(`The companion of “${label}” was not used: ${(error as Error).message}`);
    return null;
  }
}

/** Arrow IPC files begin with "ARROW1". */
function startsLikeArrow(bytes: Uint8Array): boolean {
  return [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31].every((byte, i) => bytes[i] === byte);
}

type Records = { ok: true; dataset: Dataset } | { ok: false; message: string };

/**
 * The dataset's records, parsed and brought to the current format. For a large dataset
 * not yet checked, its small tables must pass the shape check first: nothing of an
 * unchecked shape is drawn.
 */
async function readRecords(json: JsonText, label: string, unchecked: boolean): Promise<Records> {
  try {
    // The upgrade code arrives with the records, after the first screen, and not with the app.
    const [{ migrateDataset }, parsed] = await Promise.all([
      import('../domain/migrate.ts'),
      typeof json === 'string'
        ? (JSON.parse(json) as unknown)
        : import('../domain/json-pieces.ts').then((reader) => reader.parseJsonPiecesInSlices(json)),
    ]);
    const migrated = migrateDataset(parsed, label);
    if (!migrated.ok) return { ok: false, message: `${migrated.problem.path} ${migrated.problem.message}` };
    const value = migrated.value as Dataset;
    if (unchecked) {
      const { shapeProblems } = await shapeCheck();
      const problems = shapeProblems(value, 'rows', label, 1);
      if (problems.length > 0) return { ok: false, message: `${problems[0]!.path} ${problems[0]!.message}` };
      if (!Array.isArray(value.claims)) return { ok: false, message: `${label}.claims must be an array` };
    }
    return { ok: true, dataset: value };
  } catch (error) {
    // Malformed data may break indexing; the check says exactly where.
    return { ok: false, message: (error as Error).message };
  }
}

/**
 * The worker's protocol, and the check and the search index built on the page: loaded
 * with the first dataset that needs them, not with the app (the embedded dataset needs
 * only the search, once the page is idle).
 */
const protocol = () => import('./worker-protocol.ts');
/** What a large dataset's small tables pass before its first screen. */
const shapeCheck = () => import('./shape-check.ts');
/** A first screen from a companion, with Arrow's reader: loaded for datasets that have one. */
const companionScreen = () => import('./companion-screen.ts');
const prefetchValidator = () => void import('../domain/validate.ts').catch(() => {});
const checkHere = (json: JsonText, label: string) => protocol().then((p) => p.checkHere(json, label));
const searchHere = (index: DatasetIndex) => protocol().then((p) => p.searchHere(index));
const startDatasetWorker = (signal: AbortSignal) => protocol().then((p) => p.startDatasetWorker(signal));

/** A User Timing mark for each stage (`dataset:first-screen`…), which the benchmarks read. */
function mark(stage: string): void {
  performance.mark(`dataset:${stage}`);
}

/** `task`'s result once the page is idle. */
function later<T>(task: () => T | Promise<T>): Promise<T> {
  return new Promise((resolve) => whenIdle(() => resolve(task()), 1_000));
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
 * then decodes it in one long task.) Each piece then goes on to the worker, if any.
 * The signal stops a body that stalls, even one whose fetch did not have it (the early one).
 */
async function readText(response: Response, worker: DatasetWorker | null, signal: AbortSignal): Promise<JsonText> {
  if (!response.body) return untilAborted(response.text(), signal);
  const reader = response.body.getReader();
  const next = () =>
    untilAborted(reader.read(), signal).catch((error: unknown) => {
      void reader.cancel().catch(() => {});
      throw error;
    });
  const text = jsonTextDecoder();
  for (let read = await next(); !read.done; read = await next()) {
    text.add(read.value);
    worker?.feed(read.value);
  }
  return text.end();
}
