import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { STANDFIRST } from '../src/standfirst.ts';
import { earlyFetchScript, withInlineScript, withStandfirst } from './vite-dataset-plugin.ts';

type CompanionAnswer = 'arrow' | 'missing' | 'html' | 'unreachable';

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
  new Function('location', 'fetch', 'window', earlyFetchScript(base))(location, fetch, page);
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
