import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { earlyFetchScript, withInlineScript } from './vite-dataset-plugin.ts';

/** Runs the early-fetch script as a page at `href` would, and returns the URLs it fetched, in order. */
function fetchesOf(href: string, base = '/'): string[] {
  const location = new URL(href);
  const page: { __earlyDataset?: { url: string }; __earlyCompanion?: { url: string } } = {};
  const fetched: string[] = [];
  const fetch = (url: string) => {
    fetched.push(url);
    return Promise.resolve();
  };
  new Function('location', 'fetch', 'window', earlyFetchScript(base))(location, fetch, page);
  expect(page.__earlyDataset?.url ?? null).toBe(fetched.at(-1) ?? null);
  expect(page.__earlyCompanion?.url ?? null).toBe(fetched.length > 1 ? fetched[0] : null);
  return fetched;
}

/** The dataset the script started downloading, if any. */
const fetchedBy = (href: string, base = '/') => fetchesOf(href, base).at(-1) ?? null;

describe('the early dataset download', () => {
  it('starts the embedded dataset, or the same-origin file the link names', () => {
    expect(fetchedBy('https://site.test/')).toBe('/data/dataset.json');
    expect(fetchedBy('https://site.test/events/x?dataset=')).toBe('/data/dataset.json');
    expect(fetchedBy('https://site.test/?dataset=/bench/claims-100k.json&stance=official')).toBe(
      '/bench/claims-100k.json',
    );
    expect(fetchedBy('https://site.test/narratives/?dataset=archive/2024.json', '/narratives/')).toBe(
      '/narratives/archive/2024.json',
    );
    expect(fetchedBy('https://site.test/narratives/', '/narratives/')).toBe('/narratives/data/dataset.json');
  });

  it('asks first for the companion of a dataset the link names, not of the embedded one', () => {
    expect(fetchesOf('https://site.test/?dataset=/bench/claims-100k.json')).toEqual([
      '/bench/claims-100k.arrow',
      '/bench/claims-100k.json',
    ]);
    expect(fetchesOf('https://site.test/')).toEqual(['/data/dataset.json']);
  });

  it('starts nothing the app would refuse or could not fetch', () => {
    for (const param of [
      'https://elsewhere.test/data.json',
      '//elsewhere.test/data.json',
      '/\\elsewhere.test/data.json',
      'local:my-archive-1',
      '/data/notes.txt',
      '/data.json?x=1',
    ])
      expect(fetchedBy(`https://site.test/?dataset=${encodeURIComponent(param)}`), param).toBeNull();
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
