import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexInSlices, forEachToken, queryIndex } from './search-index.ts';
import { foldText } from './text.ts';

const texts = [
  'Police in Kentai shut down a printing facility',
  'Hizb-ut-Tahrir leaflets found in Kentai',
  'The Otan party blamed hooligans; police disagreed',
];
const index = buildSearchIndex(texts);
const hits = (...groups: string[][]) =>
  [
    ...queryIndex(
      index,
      groups.map((g) => g.map(foldText)),
    ),
  ].flatMap((hit, i) => (hit ? [i] : []));

describe('search index', () => {
  it('lists each folded word once, sorted, with the claims it occurs in', () => {
    expect(index.words).toEqual([...index.words].sort());
    const k = index.words.indexOf('kentai');
    expect([...index.postings.slice(index.offsets[k], index.offsets[k + 1])]).toEqual([0, 1]);
  });

  it('is the same index built in slices, over more texts than one slice', async () => {
    const many = Array.from({ length: 1_000 }, (_, i) => `${texts[i % texts.length]} number${i}`);
    expect(await buildSearchIndexInSlices(many, 0)).toEqual(buildSearchIndex(many));
  });

  it('matches the start of words and intersects terms', () => {
    expect(hits(['kent'])).toEqual([0, 1]);
    expect(hits(['police'], ['kent'])).toEqual([0]);
    expect(hits(['hut'])).toEqual([]);
  });

  it('matches an alternative of several words only when all are there', () => {
    expect(hits(['hizb ut tahrir', 'otan'])).toEqual([1, 2]);
    expect(hits(['hizb otan'])).toEqual([]);
  });

  it('matches everything for no group, nothing for an unknown word', () => {
    expect(hits()).toEqual([0, 1, 2]);
    expect(hits(['zzz'])).toEqual([]);
  });

  it('cuts texts into tokens where the separators are, as splitting on them would', () => {
    const separators = /[\s,.;:!?()[\]{}"“”«»/]+/u;
    const unit = fc.oneof(
      fc.constantFrom(...' \t\n\v\f\r\u00a0\u2003\u2028\u3000\ufeff,.;:!?()[]{}"“”«»/-\'’'.split('')),
      fc.string({ minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const tokens: string[] = [];
        forEachToken(text, (token) => tokens.push(token));
        expect(tokens).toEqual(text.split(separators).filter(Boolean));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes as a separator exactly the characters of the pattern, over the whole basic plane', () => {
    const separator = /^[\s,.;:!?()[\]{}"“”«»/]$/u;
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const char = String.fromCharCode(c);
      let tokens = 0;
      forEachToken(`a${char}b`, () => tokens++);
      if ((tokens === 2) !== separator.test(char)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
});
