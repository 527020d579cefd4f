/**
 * "Did you mean": the vocabulary value nearest to what a spreadsheet says. Research
 * assistants write the words they know ("government", "press"), so common synonyms
 * point to the value the data model uses, and small misspellings are caught by edit
 * distance, on the synonym as on the value ("goverment" is one letter from "government").
 */
import {
  ATTRIBUTIONS,
  CLAIM_FORMS,
  CLAIM_TYPES,
  OBJECT_ROLES,
  QUANTITIES,
  SOURCE_KINDS,
  STANCES,
} from './vocabulary.ts';

export const VOCABULARIES = {
  stance: STANCES,
  type: CLAIM_TYPES,
  form: CLAIM_FORMS,
  attribution: ATTRIBUTIONS,
  role: OBJECT_ROLES,
  quantity: QUANTITIES,
  'source kind': SOURCE_KINDS,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;

const SYNONYMS: Partial<Record<VocabularyName, Record<string, string>>> = {
  stance: {
    government: 'official',
    state: 'official',
    authorities: 'official',
    police: 'official',
    regime: 'official',
    activist: 'opposition',
    dissident: 'opposition',
    protester: 'opposition',
    expert: 'analyst',
    academic: 'analyst',
    researcher: 'analyst',
    commentator: 'analyst',
    terrorist: 'militant',
    insurgent: 'militant',
    foreign: 'foreign-government',
    embassy: 'foreign-government',
    diplomat: 'foreign-government',
    ngo: 'international-org',
    international: 'international-org',
    press: 'media',
    journalist: 'media',
    news: 'media',
    outlet: 'media',
  },
  type: {
    blame: 'responsibility',
    toll: 'casualties',
    deaths: 'casualties',
    legal: 'legal-action',
    arrest: 'legal-action',
  },
  form: { speech: 'statement', words: 'statement', action: 'act' },
  attribution: { named: 'explicit', passive: 'inferred', own: 'reporter', author: 'reporter' },
  quantity: { dead: 'killed', deaths: 'killed', injured: 'wounded', detained: 'arrested' },
};

/** Spreadsheet spelling to the data model's: case, spaces and underscores do not matter. */
export function normalizeTerm(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The nearest value of a vocabulary, or undefined when nothing is close enough to suggest. */
export function suggest(vocabulary: VocabularyName, given: string): string | undefined {
  const term = normalizeTerm(given);
  const candidates: [string, string][] = [
    ...VOCABULARIES[vocabulary].map((value): [string, string] => [value, value]),
    ...Object.entries(SYNONYMS[vocabulary] ?? {}),
  ];
  let best: { value: string; distance: number } | undefined;
  for (const [word, value] of candidates) {
    const distance = word.startsWith(term) && term.length >= 3 ? 0 : editDistance(term, word);
    if (distance <= Math.max(1, Math.floor(word.length / 4)) && (!best || distance < best.distance))
      best = { value, distance };
  }
  return best?.value;
}

/** The value in the vocabulary, or the message saying what is wrong and what was probably meant. */
export function readTerm(
  vocabulary: VocabularyName,
  given: string,
): { ok: true; value: string } | { ok: false; message: string } {
  const term = normalizeTerm(given);
  if ((VOCABULARIES[vocabulary] as readonly string[]).includes(term)) return { ok: true, value: term };
  const guess = suggest(vocabulary, given);
  const article = /^[aeiou]/.test(vocabulary) ? 'an' : 'a';
  return {
    ok: false,
    message: `"${given}" is not ${article} ${vocabulary}; ${guess ? `did you mean "${guess}"?` : `use one of ${VOCABULARIES[vocabulary].join(', ')}`}`,
  };
}
