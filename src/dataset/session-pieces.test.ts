/**
 * A dataset too long for one string (a million claims are beyond the browser's longest
 * string) opens from the pieces it arrived in. The limit is lowered here to a few hundred
 * characters, so that the fixture takes that path.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { serveFiles } from '../test/serve-files.ts';
import { useExplorerStore } from '../store/explorer-store.ts';
import { packCompanion } from './companion-pack.ts';
import { openDataset } from './session.ts';

const joined = vi.hoisted(() => ({ calls: 0, kept: 0 }));
vi.mock('../domain/json-text.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../domain/json-text.ts')>();
  return {
    ...actual,
    jsonTextDecoder: () => {
      const decoder = actual.jsonTextDecoder(300);
      return {
        add: decoder.add,
        end: () => {
          joined.calls++;
          const text = decoder.end();
          if (typeof text !== 'string') joined.kept++;
          return text;
        },
      };
    },
  };
});

/** Resolves once the dataset's load has settled: checked and searchable, or failed. */
async function settled(param: string) {
  await openDataset(param);
  return useExplorerStore.getState().data;
}

afterEach(() => {
  vi.unstubAllGlobals();
  joined.calls = 0;
  joined.kept = 0;
});

describe('a dataset beyond the longest string', () => {
  it('opens from its pieces, checked, with every claim and its search', async () => {
    const data = fixture();
    serveFiles({ '/big.json': JSON.stringify(data), '/big.arrow': packCompanion(data) });
    const state = await settled('/big.json');
    expect(joined.kept).toBeGreaterThan(0);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.checking).toBe(false);
    expect(state.index.claims.map((claim) => claim.id).sort()).toEqual(data.claims.map((claim) => claim.id).sort());
    expect(state.search).not.toBeNull();
  });

  it('fails with the position of what is broken', async () => {
    const text = JSON.stringify(fixture()).replace('"claims":[{', '"claims":[,{');
    serveFiles({ '/broken.json': text });
    const state = await settled('/broken.json');
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(JSON.stringify(state)).toMatch(/position \d+/);
  });
});
