import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { STANDFIRST } from '../src/standfirst.ts';
import { earlyFetchScript, FIRST_PAINT_WAIT_MS, withInlineScript, withStandfirst } from './vite-dataset-plugin.ts';

type CompanionAnswer = 'arrow' | 'missing' | 'html' | 'unreachable';

/** Runs the early-fetch script with the page's globals it uses (a visible document unless given). */
function runEarlyScript(base: string, globals: Record<string, unknown>) {
  // The first contentful paint at once, unless the caller watches for it.
  class PaintedAtOnce {
    constructor(private readonly seen: (list: { getEntriesByName(): unknown[] }, observer: PaintedAtOnce) => void) {}
    observe() {
      this.seen({ getEntriesByName: () => [{}] }, this);
    }
    disconnect() {}
  }
  const page = { document: { visibilityState: 'visible' }, PerformanceObserver: PaintedAtOnce, ...globals };
  const names = Object.keys(page);
  new Function(...names, earlyFetchScript(base))(...names.map((name) => page[name as keyof typeof page]));
}

/**
 * Runs the early-fetch script as a page at `href` would, where the companion's request gets
 * `companion`, and returns the URLs it fetched, in order, once their answers are in.
 */
async function fetchesOf(href: string, base = '/', companion: CompanionAnswer = 'missing'): Promise<string[]> {
  const location = new URL(href);
  const page: { __earlyDataset?: { url: string }; __earlyCompanion?: { url: string; body?: Promise<Blob> } } = {};
  const fetched: string[] = [];
  const answer = (ok: boolean, type: string) => ({
    ok,
    headers: new Headers({ 'content-type': type }),
    blob: () => Promise.resolve(new Blob(['ARROW1'], { type })),
  });
  const fetch = (url: string) => {
    fetched.push(url);
    if (!url.endsWith('.arrow')) return Promise.resolve(answer(true, 'application/json'));
    if (companion === 'unreachable') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      companion === 'arrow'
        ? answer(true, 'application/vnd.apache.arrow.file')
        : companion === 'html'
          ? answer(true, 'text/html')
          : answer(false, 'text/plain'),
    );
  };
  runEarlyScript(base, { location, fetch, window: page });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const json = fetched.filter((url) => url.endsWith('.json'));
  expect(page.__earlyDataset?.url ?? null).toBe(json.at(-1) ?? null);
  expect(page.__earlyCompanion?.url ?? null).toBe(fetched.find((url) => url.endsWith('.arrow')) ?? null);
  // A companion's body is taken at once; none is taken of an answer that is not one.
  expect(page.__earlyCompanion?.body !== undefined).toBe(companion === 'arrow');
  if (page.__earlyCompanion?.body) expect(await (await page.__earlyCompanion.body).text()).toBe('ARROW1');
  return fetched;
}

/** The dataset the script started downloading, if any. */
const fetchedBy = async (href: string, base = '/') => (await fetchesOf(href, base)).at(-1) ?? null;

describe('the early dataset download', () => {
  it('starts the embedded dataset, or the same-origin file the link names', async () => {
    expect(await fetchedBy('https://site.test/')).toBe('/data/dataset.json');
    expect(await fetchedBy('https://site.test/events/x?dataset=')).toBe('/data/dataset.json');
    expect(await fetchedBy('https://site.test/?dataset=/bench/claims-100k.json&stance=official')).toBe(
      '/bench/claims-100k.json',
    );
    expect(await fetchedBy('https://site.test/narratives/?dataset=archive/2024.json', '/narratives/')).toBe(
      '/narratives/archive/2024.json',
    );
    expect(await fetchedBy('https://site.test/narratives/', '/narratives/')).toBe('/narratives/data/dataset.json');
  });

  it('asks first for the companion of a dataset the link names, and for its JSON only if there is none', async () => {
    const link = 'https://site.test/?dataset=/bench/claims-100k.json';
    expect(await fetchesOf(link, '/', 'arrow')).toEqual(['/bench/claims-100k.arrow']);
    for (const absent of ['missing', 'html', 'unreachable'] as const)
      expect(await fetchesOf(link, '/', absent), absent).toEqual([
        '/bench/claims-100k.arrow',
        '/bench/claims-100k.json',
      ]);
    expect(await fetchesOf('https://site.test/')).toEqual(['/data/dataset.json']);
  });

  it('asks for the embedded dataset once the first paint is under way, a named one at once', async () => {
    const run = (href: string, visibilityState: string) => {
      const fetched: string[] = [];
      const paints: { paint(name: string): void; watching: boolean }[] = [];
      const page: { __earlyDataset?: { url: string } } = {};
      runEarlyScript('/', {
        location: new URL(href),
        fetch: (url: string) => (fetched.push(url), new Promise(() => {})),
        window: page,
        document: { visibilityState },
        PerformanceObserver: class {
          watching = false;
          constructor(
            private readonly seen: (list: { getEntriesByName(name: string): unknown[] }, observer: unknown) => void,
          ) {
            paints.push(this);
          }
          observe() {
            this.watching = true;
          }
          disconnect() {
            this.watching = false;
          }
          paint(name: string) {
            if (this.watching) this.seen({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }, this);
          }
        },
      });
      return { fetched, paints, page };
    };
    vi.useFakeTimers();
    try {
      const embedded = run('https://site.test/', 'visible');
      // The app can take the download at once: it is asked for when the page paints.
      expect(embedded.page.__earlyDataset?.url).toBe('/data/dataset.json');
      expect(embedded.fetched).toEqual([]);
      embedded.paints.forEach((observer) => observer.paint('first-paint'));
      await vi.advanceTimersByTimeAsync(0);
      expect(embedded.fetched).toEqual([]);
      embedded.paints.forEach((observer) => observer.paint('first-contentful-paint'));
      await vi.advanceTimersByTimeAsync(0);
      expect(embedded.fetched).toEqual(['/data/dataset.json']);
      // Once seen, the paints are no longer watched.
      expect(embedded.paints.every((observer) => !observer.watching)).toBe(true);
      // A page that does not paint waits at most FIRST_PAINT_WAIT_MS; a hidden one not at all.
      const slow = run('https://site.test/', 'visible');
      await vi.advanceTimersByTimeAsync(FIRST_PAINT_WAIT_MS - 1);
      expect(slow.fetched).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(slow.fetched).toEqual(['/data/dataset.json']);
      const hidden = run('https://site.test/', 'hidden');
      await vi.advanceTimersByTimeAsync(0);
      expect(hidden.fetched).toEqual(['/data/dataset.json']);
      expect(run('https://site.test/?dataset=/big.json', 'visible').fetched).toEqual(['/big.arrow']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts nothing the app would refuse or could not fetch', async () => {
    for (const param of [
      'https://elsewhere.test/data.json',
      '//elsewhere.test/data.json',
      '/\\elsewhere.test/data.json',
      'local:my-archive-1',
      '/data/notes.txt',
      '/data.json?x=1',
    ])
      expect(await fetchedBy(`https://site.test/?dataset=${encodeURIComponent(param)}`), param).toBeNull();
  });
});

describe('withInlineScript', () => {
  const html = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" /></head>`;

  it('allows exactly the script it adds, by its hash', () => {
    const script = 'console.log(1);';
    const out = withInlineScript(html, script);
    const hash = createHash('sha256').update(script).digest('base64');
    expect(out).toContain(`script-src 'self' 'sha256-${hash}'; object-src`);
    expect(out).toMatch(/<script>console\.log\(1\);<\/script>\s*<\/head>/);
  });

  it('refuses a page without a policy to extend', () => {
    expect(() => withInlineScript('<head></head>', 'x')).toThrow(/Content-Security-Policy/);
  });
});

describe('withStandfirst', () => {
  it('writes the app’s one sentence into index.html, as its description and its first paint', () => {
    const html = withStandfirst(readFileSync('index.html', 'utf8'));
    expect(html).not.toContain('__STANDFIRST__');
    expect(html).toContain(`<meta name="description" content="${STANDFIRST}" />`);
    expect(html).toContain(`<p class="max-w-2xl font-serif text-xl">${STANDFIRST}</p>`);
  });
});
