/**
 * The reader's filters and what they let through. One pass over the claim columns
 * finds, for each claim, which filters reject it; from that come the matches, the
 * facet counts (each option counted with the *other* filters applied) and, for an
 * empty result, which single filter excluded everything.
 */
import { dayNumber, spanEnd, spanStart } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, STANCES } from './vocabulary.ts';
import type { Attribution, ClaimForm, ClaimType, Stance } from './schema.ts';

export interface Filters {
  q: string;
  actor: string[];
  stance: Stance[];
  type: ClaimType[];
  /** Statement or act. */
  form: ClaimForm[];
  /** How the claimant is known: named, inferred, or the reporter's own voice. */
  attribution: Attribution[];
  /** Actor ids: claims about any of these actors (their object actors). */
  about: string[];
  /** Partial dates; each stands for its whole span. */
  from?: string;
  to?: string;
  place: string[];
  /** How the explorer shows the events: not a filter, but part of the view's link. */
  view: ExplorerView;
}

export const EXPLORER_VIEWS = ['list', 'map'] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

export const EMPTY_FILTERS: Filters = {
  q: '',
  actor: [],
  stance: [],
  type: [],
  form: [],
  attribution: [],
  about: [],
  place: [],
  view: 'list',
};

export const DIMENSIONS = ['q', 'actor', 'stance', 'type', 'form', 'attribution', 'about', 'date', 'place'] as const;
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
  /**
   * Claims per option, each counted with the other filters applied. `form` and
   * `attribution` have one more entry, last, for claims that do not say; `about` counts
   * the claims about each actor.
   */
  facets: {
    actor: Uint32Array;
    stance: Uint32Array;
    type: Uint32Array;
    form: Uint32Array;
    attribution: Uint32Array;
    about: Uint32Array;
    place: Uint32Array;
  };
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

const BIT: Record<Dimension, number> = {
  q: 1,
  actor: 2,
  stance: 4,
  type: 8,
  date: 16,
  place: 32,
  form: 64,
  attribution: 128,
  about: 256,
};

/**
 * What a filter does to each code of a column: its bit for the codes it rejects, 0 for
 * those it lets through. A filter not set gets a table of zeros.
 */
function rejections<T>(
  size: number,
  bit: number,
  chosen: readonly T[],
  code: (value: T) => number | undefined,
): Uint8Array {
  const table = new Uint8Array(size);
  if (chosen.length === 0) return table;
  table.fill(bit);
  for (const value of chosen) {
    const c = code(value);
    if (c !== undefined && c >= 0) table[c] = 0;
  }
  return table;
}

/** Day-number bounds for no date filter: always in range, and small integers like real days. */
const FIRST_DAY = -(2 ** 30);
const LAST_DAY = 2 ** 30 - 1;

/**
 * @param text 1 per claim the text query matches (see `textMask`); ignored when `filters.q` is empty.
 */
export function applyFilters(index: DatasetIndex, filters: Filters, text?: Uint8Array): FilterResult {
  const { columns } = index;
  const n = index.claims.length;
  const active = activeDimensions(filters);
  const useText = active.includes('q') && text !== undefined;
  // A filter naming only unknown values rejects every code: it lets nothing through.
  const actorFail = rejections(index.actors.length, BIT.actor, filters.actor, (id) => index.actorCode.get(id));
  const stanceFail = rejections(STANCES.length, BIT.stance, filters.stance, (s) => STANCES.indexOf(s));
  const typeFail = rejections(CLAIM_TYPES.length, BIT.type, filters.type, (t) => CLAIM_TYPES.indexOf(t));
  const placeFail = rejections(index.places.length, BIT.place, filters.place, (p) => index.placeCode.get(p));
  const formFail = rejections(CLAIM_FORMS.length + 1, BIT.form, filters.form, (f) => CLAIM_FORMS.indexOf(f));
  const attributionFail = rejections(ATTRIBUTIONS.length + 1, BIT.attribution, filters.attribution, (a) =>
    ATTRIBUTIONS.indexOf(a),
  );
  // A claim is about several actors or none: it passes when any of them is chosen.
  const aboutChosen = rejections(index.actors.length, 1, filters.about, (id) => index.actorCode.get(id));
  const aboutActive = filters.about.length > 0;
  // Indexed by the claim's entry in the text mask: only 0, no match, is rejected.
  const textFail = new Uint8Array(256);
  textFail[0] = useText ? BIT.q : 0;
  const textMatch = useText ? text : allOnes(n);
  const fromDay = filters.from ? dayNumber(spanStart(filters.from)) : FIRST_DAY;
  const toDay = filters.to ? dayNumber(spanEnd(filters.to)) : LAST_DAY;

  const facets = {
    actor: new Uint32Array(index.actors.length),
    stance: new Uint32Array(STANCES.length),
    type: new Uint32Array(CLAIM_TYPES.length),
    form: new Uint32Array(CLAIM_FORMS.length + 1),
    attribution: new Uint32Array(ATTRIBUTIONS.length + 1),
    about: new Uint32Array(index.actors.length),
    place: new Uint32Array(index.places.length),
  };
  let claimCount = 0;
  const matches = new Uint8Array(n);
  const claimsPerEvent = new Uint32Array(index.events.length);
  const stancesPerEvent = new Uint32Array(index.events.length * STANCES.length);
  // Claims by the set of filters that reject them; those rejected by one filter alone are read.
  const blocked = new Uint32Array(512);

  // Locals, not property reads, in the loop that runs once per claim.
  const { actor, stance, type, form, attribution, place, event: eventOf, from, to, objectStart, objects } = columns;
  const S = STANCES.length;
  const [ACTOR, STANCE, TYPE, DATE, PLACE] = [BIT.actor, BIT.stance, BIT.type, BIT.date, BIT.place];
  const [FORM, ATTRIBUTION, ABOUT] = [BIT.form, BIT.attribution, BIT.about];
  const facetActor = facets.actor;
  const facetStance = facets.stance;
  const facetType = facets.type;
  const facetForm = facets.form;
  const facetAttribution = facets.attribution;
  const facetAbout = facets.about;
  const facetPlace = facets.place;

  // Every claim takes the same steps whatever the filters: no step first runs on the
  // reader's first filter of a kind, where the optimized loop would be thrown away and
  // rebuilt (10-20 ms at 100,000 claims).
  for (let i = 0; i < n; i++) {
    const a = actor[i]!;
    const s = stance[i]!;
    const t = type[i]!;
    const p = place[i]!;
    const f = form[i]!;
    const k = attribution[i]!;
    const firstObject = objectStart[i]!;
    const lastObject = objectStart[i + 1]!;
    let aboutFail = aboutActive ? ABOUT : 0;
    for (let o = firstObject; o < lastObject && aboutFail !== 0; o++) if (aboutChosen[objects[o]!] === 0) aboutFail = 0;
    const fail =
      textFail[textMatch[i]!]! |
      actorFail[a]! |
      stanceFail[s]! |
      typeFail[t]! |
      formFail[f]! |
      attributionFail[k]! |
      aboutFail |
      placeFail[p]! |
      (to[i]! < fromDay || from[i]! > toDay ? DATE : 0);
    const match = fail === 0 ? 1 : 0;
    matches[i] = match;
    claimCount += match;
    const event = eventOf[i]!;
    claimsPerEvent[event]! += match;
    stancesPerEvent[event * S + s]! += match;
    // An option's count: claims that every filter but its own lets through.
    facetActor[a]! += (fail | ACTOR) === ACTOR ? 1 : 0;
    facetStance[s]! += (fail | STANCE) === STANCE ? 1 : 0;
    facetType[t]! += (fail | TYPE) === TYPE ? 1 : 0;
    facetPlace[p]! += (fail | PLACE) === PLACE ? 1 : 0;
    facetForm[f]! += (fail | FORM) === FORM ? 1 : 0;
    facetAttribution[k]! += (fail | ATTRIBUTION) === ATTRIBUTION ? 1 : 0;
    if ((fail | ABOUT) === ABOUT) for (let o = firstObject; o < lastObject; o++) facetAbout[objects[o]!]!++;
    blocked[fail]!++;
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

/** A mask that matches every claim, kept per length: most calls have no text query. */
let ones = new Uint8Array(0);
function allOnes(n: number): Uint8Array {
  if (ones.length !== n) ones = new Uint8Array(n).fill(1);
  return ones;
}
