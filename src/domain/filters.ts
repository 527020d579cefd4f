/**
 * The reader's filters and what they let through. Each filter, one dimension at a time,
 * marks in a column of bits the claims it rejects (a tight loop over one typed array);
 * from those bits come the matches, the facet counts (each option counted with the
 * *other* filters applied) and, for an empty result, which single filter excluded
 * everything. The list dimensions are rows of one table (dimensions.ts).
 */
import { dayNumber, spanEnd, spanStart } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { LIST_DIMENSIONS, LIST_KEYS, type Coding, type ListKey } from './dimensions.ts';
import { STANCES } from './vocabulary.ts';

export type { ListKey };

export type Filters = {
  q: string;
  /** Partial dates; each stands for its whole span. */
  from?: string;
  to?: string;
  /** How the explorer shows the events: not a filter, but part of the view's link. */
  view: ExplorerView;
  /**
   * The compare view's columns, in the reader's order: `stance:official` or `actor:knb`.
   * Empty means the view's default (every stance). Part of the link, not a filter.
   */
  cols: string[];
  /**
   * The compare column whose blindspots alone are shown (events on which it alone speaks),
   * as in `cols`; empty for every row. Part of the link, not a filter.
   */
  only: string;
  /**
   * What is selected inside a view (a node or an edge of the relay network, a cell of the
   * comparison): `node:knb`, `edge:knb>rferl`, `cell:event-id~stance:official`. Part of the link.
   */
  pick: string;
} & Record<ListKey, string[]>;

/** How the explorer shows the filtered set: a list, a map, the relay network, a comparison, the figures. */
export const EXPLORER_VIEWS = ['list', 'map', 'relays', 'compare', 'figures'] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

export const EMPTY_FILTERS: Filters = {
  q: '',
  view: 'list',
  cols: [],
  only: '',
  pick: '',
  ...(Object.fromEntries(LIST_KEYS.map((key) => [key, []])) as unknown as Record<ListKey, string[]>),
};

/** A copy with fresh lists, for code that fills them in. */
export function emptyFilters(): Filters {
  return { ...EMPTY_FILTERS, cols: [], ...Object.fromEntries(LIST_KEYS.map((key) => [key, []])) };
}

/** Every filter: the text query, the list dimensions and the date range. */
export const DIMENSIONS = ['q', ...LIST_KEYS, 'date'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function activeDimensions(filters: Filters): Dimension[] {
  return DIMENSIONS.filter((dimension) => {
    if (dimension === 'q') return filters.q.trim() !== '';
    if (dimension === 'date') return filters.from !== undefined || filters.to !== undefined;
    return filters[dimension].length > 0;
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
   * Per dimension, the claims each value would match with the other filters applied, in
   * the order of the dimension's values. Claims with several values (relays, the actors a
   * claim is about) count once for each.
   */
  facets: Record<ListKey, Uint32Array>;
  /** For an empty result: how many claims each active filter alone holds back. */
  blockedBy: Partial<Record<Dimension, number>>;
  /**
   * With a text query: of the matching claims, how many match in their own words (text,
   * claimant, relays, the actors they are about) and how many only because their event's
   * title, summary, place or tags match.
   */
  text?: { own: number; viaEvent: number };
}

/** What a text query matched: claims by their own words, and events by theirs. */
export interface TextMatch {
  /** 1 per claim, in `index.claims` order. */
  claims: Uint8Array;
  /** 1 per event, in `index.events` order; a claim of a matching event matches too. */
  events?: Uint8Array;
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

/** One bit per filter, in DIMENSIONS order. */
const BIT = Object.fromEntries(DIMENSIONS.map((dimension, i) => [dimension, 1 << i])) as Record<Dimension, number>;

/** 1 for each code the chosen values name; a value the dataset does not know names none. */
function chosenCodes(values: readonly string[], chosen: readonly string[]): Uint8Array {
  const table = new Uint8Array(values.length + 1);
  const wanted = new Set(chosen);
  values.forEach((value, code) => {
    if (wanted.has(value)) table[code] = 1;
  });
  return table;
}

/** Marks with `bit` the claims whose codes include none of the chosen ones. */
function reject(index: DatasetIndex, coding: Coding, chosen: Uint8Array, bit: number, fail: Uint16Array): void {
  const n = fail.length;
  if ('start' in coding) {
    const { start, codes } = coding;
    // For an event-level coding, each event is decided once and its claims take the verdict.
    const count = coding.per === 'claim' ? n : index.events.length;
    const pass = new Uint8Array(count);
    for (let k = 0; k < count; k++)
      for (let c = start[k]!; c < start[k + 1]!; c++)
        if (chosen[codes[c]!]) {
          pass[k] = 1;
          break;
        }
    if (coding.per === 'claim') for (let i = 0; i < n; i++) fail[i]! |= pass[i] ? 0 : bit;
    else {
      const event = index.columns.event;
      for (let i = 0; i < n; i++) fail[i]! |= pass[event[i]!] ? 0 : bit;
    }
  } else if (coding.per === 'claim') {
    const { codes } = coding;
    for (let i = 0; i < n; i++) fail[i]! |= chosen[codes[i]!] ? 0 : bit;
  } else {
    const { codes } = coding;
    const event = index.columns.event;
    for (let i = 0; i < n; i++) fail[i]! |= chosen[codes[event[i]!]!] ? 0 : bit;
  }
}

/**
 * Counts, for each code, the claims that every filter but this one (`bit`) lets through;
 * with `events`, the events that have such claims (only for codings per event).
 * `matched`: the matching claims and each event's count of them, given when this
 * dimension filters nothing, so that every filter but it lets through just those.
 */
function countFacet(
  index: DatasetIndex,
  coding: Coding,
  size: number,
  bit: number,
  fail: Uint16Array,
  events: boolean,
  matched: { claims: Uint8Array; perEvent: Uint32Array } | null,
): Uint32Array {
  const counts = new Uint32Array(size + 1);
  const n = fail.length;
  const passes = (i: number) => (fail[i]! | bit) === bit;
  if (coding.per === 'claim') {
    if ('start' in coding) {
      const { start, codes } = coding;
      for (let i = 0; i < n; i++) if (passes(i)) for (let c = start[i]!; c < start[i + 1]!; c++) counts[codes[c]!]!++;
    } else if (matched) {
      const { codes } = coding;
      const { claims } = matched;
      for (let i = 0; i < n; i++) counts[codes[i]!]! += claims[i]!;
    } else {
      const { codes } = coding;
      for (let i = 0; i < n; i++) counts[codes[i]!]! += passes(i) ? 1 : 0;
    }
    return counts;
  }
  // Per event: the claims of each event that pass, then the event's codes take them.
  let perEvent: Uint32Array;
  // The given counts are copied only where they are turned into 0 and 1 below.
  if (matched) perEvent = events ? matched.perEvent.slice() : matched.perEvent;
  else {
    const event = index.columns.event;
    perEvent = new Uint32Array(index.events.length);
    for (let i = 0; i < n; i++) perEvent[event[i]!]! += passes(i) ? 1 : 0;
  }
  if (events) for (let p = 0; p < perEvent.length; p++) perEvent[p] = perEvent[p] ? 1 : 0;
  if ('start' in coding) {
    const { start, codes } = coding;
    for (let p = 0; p < perEvent.length; p++)
      if (perEvent[p]) for (let c = start[p]!; c < start[p + 1]!; c++) counts[codes[c]!]! += perEvent[p]!;
  } else {
    const { codes } = coding;
    for (let p = 0; p < perEvent.length; p++) counts[codes[p]!]! += perEvent[p]!;
  }
  return counts;
}

/** Day-number bounds for no date filter: always in range, and small integers like real days. */
const FIRST_DAY = -(2 ** 30);
const LAST_DAY = 2 ** 30 - 1;

/**
 * @param text what the text query matches (see `textMask` and `eventTextMask`), or just the
 *   claims it matches; ignored when `filters.q` is empty.
 */
export function applyFilters(index: DatasetIndex, filters: Filters, text?: TextMatch | Uint8Array): FilterResult {
  const { columns } = index;
  const n = index.columns.event.length;
  const active = activeDimensions(filters);
  const fail = new Uint16Array(n);
  const match = text instanceof Uint8Array ? { claims: text } : text;
  const useText = active.includes('q') && match !== undefined;

  if (useText) {
    const { claims, events } = match;
    const eventOf = columns.event;
    if (events) for (let i = 0; i < n; i++) fail[i]! |= claims[i] || events[eventOf[i]!] ? 0 : BIT.q;
    else for (let i = 0; i < n; i++) fail[i]! |= claims[i] ? 0 : BIT.q;
  }
  if (active.includes('date')) {
    const fromDay = filters.from ? dayNumber(spanStart(filters.from)) : FIRST_DAY;
    const toDay = filters.to ? dayNumber(spanEnd(filters.to)) : LAST_DAY;
    const { from, to } = columns;
    for (let i = 0; i < n; i++) fail[i]! |= to[i]! < fromDay || from[i]! > toDay ? BIT.date : 0;
  }
  const codings = {} as Record<ListKey, { coding: Coding; size: number; events: boolean }>;
  for (const key of LIST_KEYS) {
    const dimension = LIST_DIMENSIONS[key];
    const values = dimension.values(index);
    const coding = dimension.coding(index);
    codings[key] = { coding, size: values.length, events: dimension.counts === 'events' };
    if (filters[key].length > 0) reject(index, coding, chosenCodes(values, filters[key]), BIT[key], fail);
  }

  let claimCount = 0;
  let ownWords = 0;
  const matches = new Uint8Array(n);
  const claimsPerEvent = new Uint32Array(index.events.length);
  const stancesPerEvent = new Uint32Array(index.events.length * STANCES.length);
  const { event: eventOf, stance } = columns;
  const S = STANCES.length;
  for (let i = 0; i < n; i++) {
    const matched = fail[i] === 0 ? 1 : 0;
    matches[i] = matched;
    claimCount += matched;
    if (useText) ownWords += matched & match.claims[i]!;
    claimsPerEvent[eventOf[i]!]! += matched;
    stancesPerEvent[eventOf[i]! * S + stance[i]!]! += matched;
  }

  const facets = {} as Record<ListKey, Uint32Array>;
  const matched = { claims: matches, perEvent: claimsPerEvent };
  for (const key of LIST_KEYS) {
    const { coding, size, events } = codings[key];
    facets[key] = countFacet(index, coding, size, BIT[key], fail, events, filters[key].length === 0 ? matched : null);
  }

  const events: number[] = [];
  for (let position = 0; position < claimsPerEvent.length; position++)
    if (active.length === 0 || claimsPerEvent[position]! > 0) events.push(position);

  const blockedBy: FilterResult['blockedBy'] = {};
  if (claimCount === 0)
    for (const dimension of active) {
      const bit = BIT[dimension];
      let count = 0;
      for (let i = 0; i < n; i++) count += fail[i] === bit ? 1 : 0;
      if (count) blockedBy[dimension] = count;
    }
  const textCounts = useText ? { own: ownWords, viaEvent: claimCount - ownWords } : undefined;
  return { claimCount, matches, events, claimsPerEvent, stancesPerEvent, facets, blockedBy, text: textCounts };
}
