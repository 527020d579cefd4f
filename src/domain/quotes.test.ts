import { describe, expect, it } from 'vitest';
import { closestPassage, normalizeForQuote, quoteOccursIn } from './quotes.ts';

const source =
  'Otan rules out hooliganism,* saying the blasts aim to disrupt Kazakh\u00a0stability.\n\n\u201cThese blasts did not only target Otan.\u201d Kazakhstan\u2019s ruling party';

describe('quote provenance', () => {
  it('finds a verbatim quote', () => {
    expect(quoteOccursIn('saying the blasts aim to disrupt', source)).toBe(true);
  });

  it('allows only white space and typographic quotes to differ', () => {
    expect(quoteOccursIn('disrupt Kazakh stability', source)).toBe(true);
    expect(quoteOccursIn('"These blasts did not only target Otan." Kazakhstan\'s', source)).toBe(true);
    expect(quoteOccursIn('Otan.\u201d   Kazakhstan', source)).toBe(true);
  });

  it('rejects any other change: case, punctuation, words', () => {
    expect(quoteOccursIn('saying the Blasts aim', source)).toBe(false);
    expect(quoteOccursIn('rules out hooliganism, saying', source)).toBe(false);
    expect(quoteOccursIn('the blasts aimed to disrupt', source)).toBe(false);
    expect(quoteOccursIn('   ', source)).toBe(false);
  });

  it('normalizes no-break spaces and curly quotes', () => {
    expect(normalizeForQuote('a\u00a0\u00a0b \u2018c\u2019 \u201cd\u201d')).toBe('a b \'c\' "d"');
  });

  it('shows the closest passage for a near miss', () => {
    expect(closestPassage('the blasts aimed to disrupt Kazakh stability', source)).toBe(
      'the blasts aim to disrupt Kazakh stability.',
    );
  });
});
