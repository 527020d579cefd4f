import { describe, expect, it } from 'vitest';
import { foldText, matchesTerms, queryTerms } from './text.ts';

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

describe('matchesTerms', () => {
  const text = ` ${foldText('Police in Kentai shut down a printing facility')}`;

  it('matches every term at the start of a word', () => {
    expect(matchesTerms(text, queryTerms('kent print'))).toBe(true);
  });

  it('does not match inside a word', () => {
    expect(matchesTerms(text, queryTerms('hut'))).toBe(false);
  });

  it('needs every term', () => {
    expect(matchesTerms(text, queryTerms('kentai bomb'))).toBe(false);
  });
});
