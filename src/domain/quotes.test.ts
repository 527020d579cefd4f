import { describe, expect, it } from 'vitest';
import { closestPassage, normalizeForQuote, quoteOccursIn, withoutOwnQuoteMarks } from './quotes.ts';

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

describe('withoutOwnQuoteMarks', () => {
  it('takes off the marks a phrase is wrapped in whole, straight or typographic', () => {
    expect(withoutOwnQuoteMarks('"acts of terror."')).toBe('acts of terror.');
    expect(withoutOwnQuoteMarks("'Terrorism'")).toBe('Terrorism');
    expect(withoutOwnQuoteMarks('\u201Cindifference\u201D')).toBe('indifference');
    expect(withoutOwnQuoteMarks('\u2018terror\u2019')).toBe('terror');
    expect(withoutOwnQuoteMarks("'Kazakhstan's war'")).toBe("Kazakhstan's war");
  });

  it('leaves any other phrase as it is', () => {
    for (const phrase of [
      'allegedly',
      "doesn't name names",
      '"so-called" militants',
      'the "so-called"',
      '"a" and "b"',
      "'a' and 'b'",
      '""',
      '"',
      "'",
    ])
      expect(withoutOwnQuoteMarks(phrase)).toBe(phrase);
  });
});
