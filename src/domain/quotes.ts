/**
 * Quote provenance: a claim's quote must occur in its source text. The only
 * normalization allowed: every run of Unicode white space (U+00A0 included) becomes
 * one space, and typographic quotes and apostrophes become ASCII. Nothing else.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

export function normalizeForQuote(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/gu, ' ').trim();
}

export function quoteOccursIn(quote: string, sourceText: string): boolean {
  const needle = normalizeForQuote(quote);
  return needle.length > 0 && normalizeForQuote(sourceText).includes(needle);
}

/**
 * The passage of the source most like the quote, word by word: shown beside a failed
 * check so that the editor sees at once what differs.
 */
export function closestPassage(quote: string, sourceText: string): string {
  const wanted = normalizeForQuote(quote).toLowerCase().split(' ');
  const words = normalizeForQuote(sourceText).split(' ');
  const lower = words.map((word) => word.toLowerCase());
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < words.length; start++) {
    let score = 0;
    for (let j = 0; j < wanted.length && start + j < words.length; j++) {
      if (lower[start + j] === wanted[j]) score++;
    }
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  return words.slice(best, best + wanted.length).join(' ');
}

const WRAPPED = [
  // In double marks, with none inside.
  /^["\u201C\u201D]([^"\u201C\u201D]+)["\u201C\u201D]$/u,
  // In single marks, with none inside but apostrophes between letters ('Kazakhstan's war').
  /^['\u2018\u2019]((?:[^'\u2018\u2019]|(?<=\p{L})['\u2019](?=\p{L}))+)['\u2018\u2019]$/u,
];

/**
 * A phrase the source put whole in quote marks of its own (a scare quote: "acts of terror."),
 * without them; any other phrase as it is. For showing it inside the page's quote marks,
 * which would otherwise double them (“"acts of terror."”).
 */
export function withoutOwnQuoteMarks(phrase: string): string {
  for (const pattern of WRAPPED) {
    const inner = pattern.exec(phrase)?.[1];
    if (inner !== undefined) return inner;
  }
  return phrase;
}
