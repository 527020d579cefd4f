/**
 * Folding text for search: case, diacritics, Cyrillic script and the usual variation in
 * transliterating Kazakh and Russian names into Latin letters ("Zhanaozen"/"Janaozen"/
 * "Жанаозен", "Nazarbayev"/"Nazarbaev"/"Назарбаев", "Massimov"/"Masimov") all fold to one form.
 */

/**
 * Cyrillic letters (lower case) in the usual Latin transliteration: Russian and Kazakh, and
 * the few other letters of the neighbours' languages. The Latin folds below then merge its
 * variants ("Назарбаев" → "nazarbaev", as "Nazarbayev" folds).
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Ukrainian, Belarusian, Tajik.
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
  ӣ: 'i',
  ӯ: 'u',
  ҳ: 'h',
  ҷ: 'j',
};

/** Lower-case text with its Cyrillic letters transliterated: one lookup per character. */
function transliterate(lower: string): string {
  let out = '';
  for (const char of lower) out += CYRILLIC[char] ?? char;
  return out;
}

const HAS_CYRILLIC = /[\u0400-\u04ff]/;

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
  // Before the accents go: NFKD would take "й" and "ё" apart into "и" and "е" with a mark.
  let folded = text.toLowerCase();
  if (HAS_CYRILLIC.test(folded)) folded = transliterate(folded);
  folded = folded
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
