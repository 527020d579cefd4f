/**
 * Free-text search over claims: titles, summaries, quotes, places, actor names and
 * aliases; insensitive to case, diacritics and transliteration. A term that is an
 * actor's alias ("HuT", "KNB") also finds the actor's other names in the text. The
 * matching itself runs on the inverted index in search-index.ts.
 */
import type { DatasetIndex } from './dataset-index.ts';
import { queryIndex, type SearchIndex } from './search-index.ts';
import { foldText, queryTerms } from './text.ts';

/** Each group must match; a group matches when any of its alternatives begins a word. */
export type QueryGroups = string[][];

const aliasCache = new WeakMap<DatasetIndex, Map<string, string[]>>();

/** Folded name or alias → every folded name of the actors that go by it. */
function aliasTable(index: DatasetIndex): Map<string, string[]> {
  let table = aliasCache.get(index);
  if (!table) {
    table = new Map();
    for (const actor of index.actors) {
      const names = [...new Set([actor.name, ...actor.aliases].map(foldText).filter(Boolean))];
      for (const name of names) table.set(name, [...new Set([...(table.get(name) ?? []), ...names])]);
    }
    aliasCache.set(index, table);
  }
  return table;
}

/** Builds what the first query would otherwise build: a dataset's table of names. */
export function prepareQueries(index: DatasetIndex): void {
  aliasTable(index);
}

export function expandQuery(index: DatasetIndex, query: string): QueryGroups {
  const folded = foldText(query);
  if (!folded) return [];
  const aliases = aliasTable(index);
  const whole = aliases.get(folded);
  if (whole) return [whole];
  return queryTerms(query).map((term) => [term, ...(aliases.get(term) ?? []).filter((name) => name !== term)]);
}

/** Each claim's searchable text: its event's title, place and tags, its actor's names, summary and quote. */
export function claimTexts(index: DatasetIndex): string[] {
  const actorText = new Map(index.actors.map((a) => [a.id, [a.name, ...a.aliases].join(' ')]));
  const eventText = index.events.map((e) => `${e.title} ${e.place.name} ${e.tags.join(' ')}`);
  return index.claims.map(
    (claim, i) =>
      `${eventText[index.columns.event[i]!]} ${actorText.get(claim.actorId) ?? ''} ${claim.summary} ${claim.quote}`,
  );
}

/** 1 for each claim (in index order) that the query matches. */
export function textMask(index: DatasetIndex, search: SearchIndex, query: string): Uint8Array {
  const groups = expandQuery(index, query);
  if (groups.length === 0) return new Uint8Array(search.size).fill(1);
  return queryIndex(search, groups);
}
