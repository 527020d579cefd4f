/**
 * Alphabetical order for titles and names, without Intl: building a collator or number
 * formatter loads locale data, which costs tens of milliseconds on a phone before the
 * first list can show. Case and accents are set aside first ("Élan" sorts with "elan");
 * they only break ties.
 */

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NOT_ASCII = /[^\x00-\x7f]/;

/** The form a text sorts by: without accents, in lower case. */
export function sortKey(text: string): string {
  // Plain ASCII has no accents to set aside; most titles and names are, and skip the work.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Plain code-unit order: for keys, ISO dates and other text already in sortable form. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareText(a: string, b: string): number {
  return compareStrings(sortKey(a), sortKey(b)) || compareStrings(a, b);
}

/** `rows` in the alphabetical order of `text(row)`, each key computed once. */
export function sortByText<T>(rows: readonly T[], text: (row: T) => string): T[] {
  return rows
    .map((row) => {
      const value = text(row);
      return { row, text: value, key: sortKey(value) };
    })
    .sort((a, b) => compareStrings(a.key, b.key) || compareStrings(a.text, b.text))
    .map(({ row }) => row);
}
