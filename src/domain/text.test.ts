import { describe, expect, it } from 'vitest';
import { buildSearchIndex, queryIndex } from './search-index.ts';
import { foldText, queryTerms } from './text.ts';

describe('foldText', () => {
  it('ignores case and diacritics', () => {
    expect(foldText('Almaty ÁLMATY')).toBe(foldText('almaty almaty'));
    expect(foldText('Qazaqstan')).toBe(foldText('Kazakstan'));
  });

  it('folds transliteration variants of one name together', () => {
    expect(foldText('Nazarbaev')).toBe(foldText('Nazarbayev'));
    expect(foldText('Janaozen')).toBe(foldText('Zhanaozen'));
    expect(foldText('Masimov')).toBe(foldText('Massimov'));
    expect(foldText('Hizb-ut-Tahrir')).toBe(foldText('Hizb ut Tahrir'));
    expect(foldText('Yermegiyayev')).toBe(foldText('Ermegiiaev'));
  });

  it('keeps distinct names apart', () => {
    expect(foldText('Tokayev')).not.toBe(foldText('Nazarbayev'));
  });
});

describe('query terms on a text', () => {
  const index = buildSearchIndex(['Police in Kentai shut down a printing facility']);
  const matches = (query: string) =>
    queryIndex(
      index,
      queryTerms(query).map((term) => [term]),
    )[0] === 1;

  it('matches every term at the start of a word', () => {
    expect(matches('kent print')).toBe(true);
  });

  it('does not match inside a word', () => {
    expect(matches('hut')).toBe(false);
  });

  it('needs every term', () => {
    expect(matches('kentai bomb')).toBe(false);
  });
});
