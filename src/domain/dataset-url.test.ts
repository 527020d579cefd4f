import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValue } from '../test/hostile-links.ts';
import { resolveDataset } from './dataset-url.ts';

const ORIGIN = 'http://127.0.0.1:4173';

/** Paths built from pieces that climb, double or disguise a slash. */
const hostilePath = fc
  .array(
    fc.oneof(fc.constantFrom('', '.', '..', '%2F', '%2E%2E', '\\', ' ', '\t', 'evil.example', 'x'), hostileValue),
    {
      maxLength: 6,
    },
  )
  .chain((pieces) => fc.tuple(fc.constantFrom('', '/', '//', './', ' /'), fc.constant(pieces.join('/'))))
  .map(([start, rest]) => `${start}${rest}.json`);

describe('resolveDataset', () => {
  it('opens the embedded dataset, a path on this site and an import kept in this browser', () => {
    expect(resolveDataset(null, ORIGIN, '/')).toEqual({ kind: 'embedded', url: '/data/dataset.json' });
    expect(resolveDataset('', ORIGIN, '/narratives/')).toEqual({
      kind: 'embedded',
      url: '/narratives/data/dataset.json',
    });
    expect(resolveDataset('archives/2024.json', ORIGIN, '/narratives/')).toMatchObject({
      kind: 'path',
      url: '/narratives/archives/2024.json',
    });
    expect(resolveDataset('/archives/2024.json?v=2', ORIGIN, '/')).toMatchObject({
      kind: 'path',
      url: '/archives/2024.json?v=2',
    });
    expect(resolveDataset('local:kz-2024-abc', ORIGIN, '/')).toEqual({
      kind: 'local',
      id: 'kz-2024-abc',
      path: 'local:kz-2024-abc',
    });
  });

  it('refuses any address elsewhere, however it is written', () => {
    for (const param of [
      '//evil.example/x.json',
      '\t//evil.example/x.json',
      ' //evil.example/x.json',
      '/\\evil.example/x.json',
      'https://evil.example/x.json',
      'javascript:alert(1)//.json',
      'data:application/json,{}',
      // These resolve on this site to the path "//evil.example/x.json".
      '/.//evil.example/x.json',
      'a/..//evil.example/x.json',
    ]) {
      expect(resolveDataset(param, ORIGIN, '/'), param).toMatchObject({ kind: 'refused' });
    }
    expect(resolveDataset('..//evil.example/x.json', ORIGIN, '/narratives/')).toMatchObject({ kind: 'refused' });
  });

  it('never throws, and only ever fetches a path of the page’s own site', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, hostilePath), fc.constantFrom('/', '/narratives/'), (param, base) => {
        const location = resolveDataset(param, ORIGIN, base);
        if (location.kind === 'local') expect(location.id).toMatch(/^[a-z0-9-]{1,80}$/);
        if (location.kind !== 'path' && location.kind !== 'embedded') return;
        // A path, not an address: fetched from any page, it stays on that page's site.
        expect(location.url).toMatch(/^\/(?!\/)/);
        expect(new URL(location.url, 'http://elsewhere.example').origin).toBe('http://elsewhere.example');
        expect(new URL(location.url, ORIGIN).pathname).toMatch(/\.json$/);
      }),
      { seed: 22, numRuns: 3000 },
    );
  });
});
