import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../domain/filters.ts';
import { buildIndex } from '../domain/dataset-index.ts';
import { formatProblem } from '../domain/problem.ts';
import { fixture } from '../test/fixture.ts';
import { serveFiles } from '../test/serve-files.ts';
import { packCompanion } from './companion-pack.ts';
import { useExplorerStore, type DataState } from '../store/explorer-store.ts';
import { LARGE_DATASET, openDataset as loadDataset } from './session.ts';
import { startDatasetWorker } from './worker-protocol.ts';

// The real worker protocol, watched: when the page asks for the worker its JSON goes to.
vi.mock('./worker-protocol.ts', async (original) => {
  const protocol = await original<typeof import('./worker-protocol.ts')>();
  return { ...protocol, startDatasetWorker: vi.fn(protocol.startDatasetWorker) };
});

const searchOf = (state: DataState | undefined) => (state?.status === 'ready' ? state.search : undefined);

/** A same-origin file answering with `value` as JSON. */
function serve(value: unknown) {
  const body = JSON.stringify(value);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })),
  );
  return body;
}

/** Every data state the store goes through while `run` is awaited. */
async function statesDuring(run: () => Promise<void>): Promise<DataState[]> {
  const states: DataState[] = [];
  const unsubscribe = useExplorerStore.subscribe((state, previous) => {
    if (state.data !== previous.data) states.push(state.data);
  });
  await run();
  unsubscribe();
  return states;
}

/** The fixture, grown past the size at which a dataset is shown while it is checked. */
function largeFixture() {
  const data = fixture();
  data.actors[0]!.description = 'A long description. '.repeat(LARGE_DATASET / 20 + 1);
  return data;
}

/** The stages shown, one entry per change of what the reader sees (a search index arriving is not one). */
function stages(states: DataState[]): string[] {
  const shown = states.map((s) => (s.status === 'ready' && s.checking ? 'ready (checking)' : s.status));
  return shown.filter((stage, i) => stage !== shown[i - 1]);
}

const readyIndex = (state: DataState | undefined) => (state?.status === 'ready' ? state.index : null);

afterEach(() => {
  vi.unstubAllGlobals();
  useExplorerStore.getState().linkOpened(EMPTY_FILTERS, []);
});

describe('openDataset', () => {
  it('shows a small untrusted dataset only once it has passed', async () => {
    serve(fixture());
    const states = await statesDuring(() => loadDataset('/small.json'));
    expect(stages(states)).toEqual(['loading', 'ready']);
    expect(states.every((s) => s.status !== 'ready' || !s.checking)).toBe(true);
  });

  it('refuses a small invalid dataset before showing anything', async () => {
    const data = fixture();
    (data.claims[1] as { type: string }).type = 'rumour';
    serve(data);
    const states = await statesDuring(() => loadDataset('/small-bad.json'));
    expect(states.map((s) => s.status)).toEqual(['loading', 'error']);
  });

  it('shows a large dataset while checking it, then marks it checked', async () => {
    expect(serve(largeFixture()).length).toBeGreaterThan(LARGE_DATASET);
    const states = await statesDuring(() => loadDataset('/large.json'));
    expect(stages(states)).toEqual(['loading', 'ready (checking)', 'ready']);
    expect(states.at(-1)).toMatchObject({ status: 'ready', label: '/large.json' });
  });

  it('replaces a large dataset by its problems when the check fails', async () => {
    const data = largeFixture();
    (data.claims[1] as { type: string }).type = 'rumour';
    serve(data);
    const states = await statesDuring(() => loadDataset('/large-bad.json'));
    expect(states.map((s) => s.status)).toEqual(['loading', 'ready', 'error']);
    const last = states.at(-1)!;
    expect(last.status === 'error' && last.problems.map((p) => p.path)).toEqual(['/large-bad.json.claims[1].type']);
  });

  it('takes the download the page started early, only for the dataset it was started for', async () => {
    const fetched = vi.fn(
      async (_url: string) => new Response('{}', { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetched);
    const early = async () =>
      new Response(JSON.stringify(fixture()), { headers: { 'content-type': 'application/json' } });
    window.__earlyDataset = { url: '/early.json', response: early() };
    const states = await statesDuring(() => loadDataset('/early.json'));
    expect(states.at(-1)).toMatchObject({ status: 'ready', label: '/early.json' });
    // Only its companion is asked for (there is none); the dataset itself is not fetched again.
    expect(fetched.mock.calls.map(([url]) => url)).toEqual(['/early.arrow']);
    expect(window.__earlyDataset).toBeUndefined();

    // One started for another file is left aside, and dropped.
    window.__earlyDataset = { url: '/other.json', response: early() };
    serve(fixture());
    await loadDataset('/early.json');
    expect(fetch).toHaveBeenCalledWith('/early.json', expect.objectContaining({ credentials: 'same-origin' }));
    expect(window.__earlyDataset).toBeUndefined();
  });

  it('builds the search index at once for a link that searches, and in the background otherwise', async () => {
    serve(fixture());
    useExplorerStore.getState().linkOpened({ ...EMPTY_FILTERS, q: 'HuT' }, []);
    const searching = await statesDuring(() => loadDataset('/with-query.json'));
    expect(searching.at(-1)).toMatchObject({ status: 'ready' });
    expect(searchOf(searching.at(-1))).not.toBeNull();

    useExplorerStore.getState().linkOpened(EMPTY_FILTERS, []);
    serve(fixture());
    const plain = await statesDuring(() => loadDataset('/without-query.json'));
    const shown = plain.find((s) => s.status === 'ready');
    expect(searchOf(shown)).toBeNull();
    expect(searchOf(plain.at(-1))).not.toBeNull();
  });

  it('gives up with an error when the server never answers', async () => {
    // Like fetch, it rejects once its signal aborts, and not before.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            if (init.signal!.aborted) reject(init.signal!.reason);
            init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
          }),
      ),
    );
    const states = await statesDuring(() => loadDataset('/silent.json', 20));
    expect(states.map((s) => s.status)).toEqual(['loading', 'error']);
    const last = states.at(-1)!;
    expect(last.status === 'error' && last.message).toMatch(
      /^The dataset “\/silent.json” could not be loaded: it did not arrive within/,
    );
  });

  it('gives up with an error when the body stops halfway, or the early download never answers', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"sources": [')),
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(stalled, { headers: { 'content-type': 'application/json' } })),
    );
    const halfway = await statesDuring(() => loadDataset('/stalled.json', 20));
    expect(halfway.map((s) => s.status)).toEqual(['loading', 'error']);

    window.__earlyDataset = { url: '/never.json', response: new Promise<Response>(() => {}) };
    const early = await statesDuring(() => loadDataset('/never.json', 20));
    expect(early.map((s) => s.status)).toEqual(['loading', 'error']);
  });

  it('draws the first screen from a companion, then brings the claims once the dataset has passed', async () => {
    const data = fixture();
    serveFiles({ '/kz.json': JSON.stringify(data), '/kz.arrow': packCompanion(data) });
    const served = vi.mocked(fetch);
    // The JSON is asked for once the first screen is drawn, not beside the companion.
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      asked.push(`${url} (${useExplorerStore.getState().data.status})`);
      return served(url, init);
    });
    const workerAsked: string[] = [];
    vi.mocked(startDatasetWorker).mockClear();
    vi.mocked(startDatasetWorker).mockImplementationOnce((signal) => {
      workerAsked.push(useExplorerStore.getState().data.status);
      return vi.mocked(startDatasetWorker).getMockImplementation()!(signal);
    });
    const states = await statesDuring(() => loadDataset('/kz.json'));
    expect(asked).toEqual(['/kz.arrow (loading)', '/kz.json (ready)']);
    // Nor is the worker (and its code, a round trip) before that screen.
    expect(workerAsked).toEqual(['ready']);
    expect(stages(states)).toEqual(['loading', 'ready (checking)', 'ready']);
    const first = readyIndex(states.find((s) => s.status === 'ready'))!;
    expect(first.claims).toEqual([]);
    expect(first.columns.event.length).toBe(data.claims.length);
    const last = readyIndex(states.at(-1))!;
    expect(last.claims).toHaveLength(data.claims.length);
    expect(last.columns).toEqual(first.columns);
    // The companion carries no summaries; the checked JSON brings them.
    expect(first.events.every((event) => event.summary === '')).toBe(true);
    expect(last.events.map((event) => event.summary).sort()).toEqual(data.events.map((event) => event.summary).sort());
    expect(searchOf(states.at(-1))).not.toBeNull();
  });

  it('draws the first screen of a dataset whose only fault JSON Schema cannot see, then lists its problem', async () => {
    const data = fixture();
    // The right shape, but no such day: the whole check's to find, after the first screen.
    data.events[1]!.date = { start: '2005-02-30', precision: 'day' };
    serveFiles({ '/kz.json': JSON.stringify(data), '/kz.arrow': packCompanion(data) });
    const states = await statesDuring(() => loadDataset('/kz.json'));
    expect(stages(states)).toEqual(['loading', 'ready (checking)', 'error']);
    const last = states.at(-1)!;
    expect(last.status === 'error' && last.problems.map(formatProblem)).toEqual([
      '/kz.json.events[1].date.start: is not a real calendar date',
    ]);
  });

  it('takes the JSON for a first screen when the companion’s outline is not of the right shape', async () => {
    const data = fixture();
    const broken = fixture();
    (broken.events[0] as { title: unknown }).title = ['not', 'a', 'title'];
    serveFiles({ '/kz.json': JSON.stringify(largeFixture()), '/kz.arrow': packCompanion(broken) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const states = await statesDuring(() => loadDataset('/kz.json'));
    expect(warn).toHaveBeenCalledWith(
      'The companion of “/kz.json” was not used: /kz.json.events[0].title must be string',
    );
    warn.mockRestore();
    expect(stages(states)).toEqual(['loading', 'ready (checking)', 'ready']);
    const first = readyIndex(states.find((s) => s.status === 'ready'))!;
    expect(first.events.map((event) => event.title).sort()).toEqual(data.events.map((event) => event.title).sort());
  });

  it('takes the JSON when the server leaves the request for a companion unanswered', async () => {
    const data = fixture();
    const json = JSON.stringify(data);
    vi.stubGlobal('fetch', (url: string) =>
      url.endsWith('.arrow')
        ? new Promise<Response>(() => {})
        : Promise.resolve(new Response(json, { headers: { 'content-type': 'application/json' } })),
    );
    window.__earlyCompanion = { url: '/hung.arrow', response: new Promise<Response>(() => {}) };
    // The dataset may take 2 s to arrive; the companion's answer, a quarter of that.
    const early = await statesDuring(() => loadDataset('/hung.json', 2_000));
    expect(stages(early)).toEqual(['loading', 'ready']);
    const late = await statesDuring(() => loadDataset('/hung-too.json', 2_000));
    expect(stages(late)).toEqual(['loading', 'ready']);
    expect(readyIndex(late.at(-1))!.claims).toHaveLength(data.claims.length);
  });

  it('takes the JSON for the dataset when its companion was written from another version', async () => {
    const data = fixture();
    const older = fixture();
    older.claims.reverse();
    serveFiles({ '/kz.json': JSON.stringify(data), '/kz.arrow': packCompanion(older) });
    const states = await statesDuring(() => loadDataset('/kz.json'));
    const last = readyIndex(states.at(-1))!;
    const fromJson = buildIndex(data);
    expect(last.columns).toEqual(fromJson.columns);
    expect(last.claims.map((c) => c.id)).toEqual(fromJson.claims.map((c) => c.id));
  });

  it('draws nothing of a large dataset whose actor table breaks its schema, and lists the problem', async () => {
    const data = largeFixture();
    (data.actors[0] as { aliases: unknown }).aliases = ['DEEP'];
    // Built as text: JSON.stringify itself runs out of stack on 10,000 nested arrays.
    const deep = `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`;
    const body = JSON.stringify(data).replace('"DEEP"', deep);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })),
    );
    const states = await statesDuring(() => loadDataset('/deep.json'));
    expect(stages(states)).toEqual(['loading', 'error']);
    const last = states.at(-1)!;
    expect(last.status === 'error' && last.problems.map((p) => p.path)).toContain('/deep.json.actors[0].aliases[0]');
  });
});
