/**
 * The reader's filters and what they let through. One pass over the claim columns
 * finds, for each claim, which filters reject it; from that come the matches, the
 * facet counts (each option counted with the *other* filters applied) and, for an
 * empty result, which single filter excluded everything.
 */
import { dayNumber, spanEnd, spanStart } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { CLAIM_TYPES, STANCES } from './vocabulary.ts';
import type { ClaimType, Stance } from './schema.ts';

export interface Filters {
  q: string;
  actor: string[];
  stance: Stance[];
  type: ClaimType[];
  /** Partial dates; each stands for its whole span. */
  from?: string;
  to?: string;
  place: string[];
  /** How the explorer shows the events: not a filter, but part of the view's link. */
  view: ExplorerView;
}

export const EXPLORER_VIEWS = ['list', 'map'] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

export const EMPTY_FILTERS: Filters = { q: '', actor: [], stance: [], type: [], place: [], view: 'list' };

export const DIMENSIONS = ['q', 'actor', 'stance', 'type', 'date', 'place'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function activeDimensions(filters: Filters): Dimension[] {
  return DIMENSIONS.filter((dimension) => {
    switch (dimension) {
      case 'q':
        return filters.q.trim() !== '';
      case 'date':
        return filters.from !== undefined || filters.to !== undefined;
      default:
        return filters[dimension].length > 0;
    }
  });
}

export interface FilterResult {
  /** Matching claims, as positions in `index.claims`. */
  claims: number[];
  /** Events with at least one matching claim (every event when no filter is set), in time order. */
  events: number[];
  /** Matching claims per event position. */
  claimsPerEvent: Map<number, number>;
  facets: { actor: Uint32Array; stance: Uint32Array; type: Uint32Array; place: Uint32Array };
  /** For an empty result: how many claims each active filter alone holds back. */
  blockedBy: Partial<Record<Dimension, number>>;
}

const BIT: Record<Dimension, number> = { q: 1, actor: 2, stance: 4, type: 8, date: 16, place: 32 };

function lookup(size: number, codes: Iterable<number | undefined>): Uint8Array {
  const table = new Uint8Array(size);
  for (const code of codes) if (code !== undefined && code >= 0) table[code] = 1;
  return table;
}

/**
 * @param text 1 per claim the text query matches (see `textMask`); ignored when `filters.q` is empty.
 */
export function applyFilters(index: DatasetIndex, filters: Filters, text?: Uint8Array): FilterResult {
  const { columns } = index;
  const n = index.claims.length;
  const active = activeDimensions(filters);
  const useText = active.includes('q') && text !== undefined;
  // A filter naming only unknown values gets an all-zero table: it lets nothing through.
  const actorTable = filters.actor.length
    ? lookup(
        index.actors.length,
        filters.actor.map((id) => index.actorCode.get(id)),
      )
    : null;
  const stanceTable = filters.stance.length
    ? lookup(
        STANCES.length,
        filters.stance.map((s) => STANCES.indexOf(s)),
      )
    : null;
  const typeTable = filters.type.length
    ? lookup(
        CLAIM_TYPES.length,
        filters.type.map((t) => CLAIM_TYPES.indexOf(t)),
      )
    : null;
  const placeTable = filters.place.length
    ? lookup(
        index.places.length,
        filters.place.map((p) => index.placeCode.get(p)),
      )
    : null;
  const useDate = filters.from !== undefined || filters.to !== undefined;
  const fromDay = filters.from ? dayNumber(spanStart(filters.from)) : -Infinity;
  const toDay = filters.to ? dayNumber(spanEnd(filters.to)) : Infinity;

  const facets = {
    actor: new Uint32Array(index.actors.length),
    stance: new Uint32Array(STANCES.length),
    type: new Uint32Array(CLAIM_TYPES.length),
    place: new Uint32Array(index.places.length),
  };
  const matches: number[] = [];
  const claimsPerEvent = new Map<number, number>();
  const blocked: Record<number, number> = {};

  for (let i = 0; i < n; i++) {
    let fail = 0;
    if (useText && !text![i]) fail |= BIT.q;
    if (actorTable && !actorTable[columns.actor[i]!]) fail |= BIT.actor;
    if (stanceTable && !stanceTable[columns.stance[i]!]) fail |= BIT.stance;
    if (typeTable && !typeTable[columns.type[i]!]) fail |= BIT.type;
    if (useDate && (columns.to[i]! < fromDay || columns.from[i]! > toDay)) fail |= BIT.date;
    if (placeTable && !placeTable[columns.place[i]!]) fail |= BIT.place;

    if (fail === 0) {
      matches.push(i);
      const event = columns.event[i]!;
      claimsPerEvent.set(event, (claimsPerEvent.get(event) ?? 0) + 1);
    } else if ((fail & (fail - 1)) === 0) {
      blocked[fail] = (blocked[fail] ?? 0) + 1;
    }
    // An option's count applies every filter but its own dimension's.
    if ((fail & ~BIT.actor) === 0) facets.actor[columns.actor[i]!]!++;
    if ((fail & ~BIT.stance) === 0) facets.stance[columns.stance[i]!]!++;
    if ((fail & ~BIT.type) === 0) facets.type[columns.type[i]!]!++;
    if ((fail & ~BIT.place) === 0) facets.place[columns.place[i]!]!++;
  }

  const events =
    active.length === 0
      ? index.events.map((_, position) => position)
      : [...claimsPerEvent.keys()].sort((a, b) => a - b);

  const blockedBy: FilterResult['blockedBy'] = {};
  if (matches.length === 0) {
    for (const dimension of active) {
      const count = blocked[BIT[dimension]];
      if (count) blockedBy[dimension] = count;
    }
  }
  return { claims: matches, events, claimsPerEvent, facets, blockedBy };
}
