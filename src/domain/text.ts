/**
 * Folding text for search: case, diacritics and the usual variation in transliterating
 * Kazakh and Russian names into Latin letters ("Zhanaozen"/"Janaozen",
 * "Nazarbayev"/"Nazarbaev", "Massimov"/"Masimov") all fold to one form.
 */

const FOLDS: [RegExp, string][] = [
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/\bye/g, 'e'],
  [/yev|yeu/g, 'ev'],
  [/y/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

export function foldText(text: string): string {
  let folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02BC`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded.trim();
}

/** Words of a folded query; each must begin a word of the text to match. */
export function queryTerms(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}
