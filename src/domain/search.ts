/**
 * Free-text search, insensitive to case, diacritics, script and transliteration. A claim
 * matches on its own words (summary, quote) and the actors it names (claimant, relays, the
 * actors it is about); an event on its title, summary, place and tags. So "KNB" finds the
 * claims that mention or concern the KNB, not every claim of an event that does. A term
 * that is an actor's alias ("HuT", "KNB") also finds the actor's other names in the text.
 * The matching itself runs on the inverted index in search-index.ts.
 */
import type { DatasetIndex } from './dataset-index.ts';
import type { TextMatch } from './filters.ts';
import { buildSearchIndex, queryIndex, type SearchIndex } from './search-index.ts';
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

/** Builds what the first query would otherwise build: a dataset's table of names and its event index. */
export function prepareQueries(index: DatasetIndex): void {
  aliasTable(index);
  eventSearchIndex(index);
}

export function expandQuery(index: DatasetIndex, query: string): QueryGroups {
  const folded = foldText(query);
  if (!folded) return [];
  const aliases = aliasTable(index);
  const whole = aliases.get(folded);
  if (whole) return [whole];
  return queryTerms(query).map((term) => [term, ...(aliases.get(term) ?? []).filter((name) => name !== term)]);
}

/**
 * Each claim's searchable text: its summary and quote, its claimant's names, its relays'
 * names (`reportedVia`: "Reuters" finds what Reuters carried), and the names of the actors it
 * is about. Not its event's words: those are the event's own (see `eventTexts`).
 */
export function claimTexts(index: DatasetIndex): string[] {
  const names = new Map(index.actors.map((a) => [a.id, [a.name, ...a.aliases].join(' ')]));
  const nameOf = new Map(index.actors.map((a) => [a.id, a.name]));
  return index.claims.map((claim) => {
    let text = `${claim.summary} ${claim.quote} ${names.get(claim.actorId) ?? ''}`;
    for (const id of claim.reportedVia) text += ` ${names.get(id) ?? ''}`;
    // The name is enough: a query by alias is expanded to every name of the actor.
    for (const object of claim.object ?? []) text += ` ${nameOf.get(object.actorId) ?? ''}`;
    return text;
  });
}

/**
 * A dataset's text search: a query's matches among its claims (on their index, `claims`)
 * and its events. The store holds it, so that the code that answers a query arrives with
 * the index, after the first screen, and not with the app.
 */
export interface TextSearch {
  match(query: string): TextMatch;
}

export function textSearch(index: DatasetIndex, claims: SearchIndex): TextSearch {
  return {
    match: (query) => ({
      claims: textMask(index, claims, query),
      events: eventTextMask(index, eventSearchIndex(index), query),
    }),
  };
}

/** 1 for each claim (in index order) that the query matches. */
export function textMask(index: DatasetIndex, search: SearchIndex, query: string): Uint8Array {
  const groups = expandQuery(index, query);
  if (groups.length === 0) return new Uint8Array(search.size).fill(1);
  return queryIndex(search, groups);
}

/** Each event's searchable text (in the order of `index.events`): title, summary, place name and tags. */
export function eventTexts(index: DatasetIndex): string[] {
  return index.events.map((e) => `${e.title} ${e.summary} ${e.place.name} ${e.tags.join(' ')}`);
}

const eventSearchCache = new WeakMap<DatasetIndex, SearchIndex>();

/**
 * The search index over `eventTexts`, built on first use and kept with the dataset.
 * Built on the main thread, not in the claims' worker: events are at most tens of
 * thousands, with short texts, against 100,000 claims with quotes, so it costs a
 * fraction of the claim index, and the worker's protocol and the store stay as they are.
 * `prepareQueries` builds it once the claim index is in, before the first query.
 */
export function eventSearchIndex(index: DatasetIndex): SearchIndex {
  let search = eventSearchCache.get(index);
  if (!search) eventSearchCache.set(index, (search = buildSearchIndex(eventTexts(index))));
  return search;
}

/**
 * 1 for each event (in the order of `index.events`) whose own text the query matches,
 * with the same folding, alias expansion and prefix matching as `textMask`; all 1 for
 * an empty query. `eventSearch` is `eventSearchIndex(index)`.
 */
export function eventTextMask(index: DatasetIndex, eventSearch: SearchIndex, query: string): Uint8Array {
  return textMask(index, eventSearch, query);
}
