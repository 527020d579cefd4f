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
  /** How many claims match. */
  claimCount: number;
  /** 1 for each claim position (in `index.claims`) that matches; see `matchingClaims` for the list. */
  matches: Uint8Array;
  /** Events with at least one matching claim (every event when no filter is set), in time order. */
  events: number[];
  /** Matching claims per event position. */
  claimsPerEvent: Uint32Array;
  /**
   * Matching claims per event position and stance: event p's counts, in STANCES order,
   * are `stancesPerEvent[p * STANCES.length + s]` (see `eventStances`).
   */
  stancesPerEvent: Uint32Array;
  facets: { actor: Uint32Array; stance: Uint32Array; type: Uint32Array; place: Uint32Array };
  /** For an empty result: how many claims each active filter alone holds back. */
  blockedBy: Partial<Record<Dimension, number>>;
}

/** An event's matching claims per stance, in STANCES order (a view, not a copy). */
export function eventStances(result: FilterResult, position: number): Uint32Array {
  return result.stancesPerEvent.subarray(position * STANCES.length, (position + 1) * STANCES.length);
}

/**
 * The matching claims, as positions in `index.claims`. Built on demand (an export): a
 * filter change only counts them, which spares a list of up to every claim each time.
 */
export function matchingClaims(result: FilterResult): number[] {
  const positions: number[] = [];
  const { matches } = result;
  for (let i = 0; i < matches.length; i++) if (matches[i]) positions.push(i);
  return positions;
}

/** The first `limit` matching claims of an event, in claim order. */
export function firstMatches(index: DatasetIndex, result: FilterResult, position: number, limit: number): number[] {
  const found: number[] = [];
  const end = index.eventClaims[position + 1]!;
  for (let i = index.eventClaims[position]!; i < end && found.length < limit; i++) if (result.matches[i]) found.push(i);
  return found;
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
  let claimCount = 0;
  const matches = new Uint8Array(n);
  const claimsPerEvent = new Uint32Array(index.events.length);
  const stancesPerEvent = new Uint32Array(index.events.length * STANCES.length);
  // Claims that fail exactly one filter, by that filter's bit.
  const blocked = new Uint32Array(64);

  // Locals, not property reads, in the loop that runs once per claim.
  const { actor, stance, type, place, event: eventOf, from, to } = columns;
  const S = STANCES.length;
  const [Q, ACTOR, STANCE, TYPE, DATE, PLACE] = [BIT.q, BIT.actor, BIT.stance, BIT.type, BIT.date, BIT.place];
  const facetActor = facets.actor;
  const facetStance = facets.stance;
  const facetType = facets.type;
  const facetPlace = facets.place;

  for (let i = 0; i < n; i++) {
    let fail = 0;
    if (useText && !text![i]) fail |= Q;
    if (actorTable !== null && !actorTable[actor[i]!]) fail |= ACTOR;
    if (stanceTable !== null && !stanceTable[stance[i]!]) fail |= STANCE;
    if (typeTable !== null && !typeTable[type[i]!]) fail |= TYPE;
    if (useDate && (to[i]! < fromDay || from[i]! > toDay)) fail |= DATE;
    if (placeTable !== null && !placeTable[place[i]!]) fail |= PLACE;

    if (fail === 0) {
      claimCount++;
      matches[i] = 1;
      const event = eventOf[i]!;
      claimsPerEvent[event]!++;
      stancesPerEvent[event * S + stance[i]!]!++;
      facetActor[actor[i]!]!++;
      facetStance[stance[i]!]!++;
      facetType[type[i]!]!++;
      facetPlace[place[i]!]!++;
      continue;
    }
    // One failing filter: the claim counts for that filter's own options only.
    if ((fail & (fail - 1)) !== 0) continue;
    blocked[fail]!++;
    if (fail === ACTOR) facetActor[actor[i]!]!++;
    else if (fail === STANCE) facetStance[stance[i]!]!++;
    else if (fail === TYPE) facetType[type[i]!]!++;
    else if (fail === PLACE) facetPlace[place[i]!]!++;
  }

  const events: number[] = [];
  for (let position = 0; position < claimsPerEvent.length; position++)
    if (active.length === 0 || claimsPerEvent[position]! > 0) events.push(position);

  const blockedBy: FilterResult['blockedBy'] = {};
  if (claimCount === 0) {
    for (const dimension of active) {
      const count = blocked[BIT[dimension]]!;
      if (count) blockedBy[dimension] = count;
    }
  }
  return { claimCount, matches, events, claimsPerEvent, stancesPerEvent, facets, blockedBy };
}
