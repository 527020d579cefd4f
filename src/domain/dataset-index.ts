/**
 * Lookups and columns over a validated dataset, built once when it loads. Filtering
 * scans compact typed-array columns (one entry per claim) instead of objects, which
 * keeps a pass over 100,000 claims at a few milliseconds.
 */
import { dayNumber, eventSpan } from './dates.ts';
import { compareStrings, compareText, sortByText, sortKey } from './order.ts';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, STANCES } from './vocabulary.ts';
import type { Actor, Claim, Dataset, Dispute, NarrativeEvent, Source, Stance } from './schema.ts';

export interface ClaimColumns {
  event: Uint32Array;
  actor: Uint32Array;
  stance: Uint8Array;
  type: Uint8Array;
  /** Index in CLAIM_FORMS, or CLAIM_FORMS.length where the claim does not say. */
  form: Uint8Array;
  /** Index in ATTRIBUTIONS, or ATTRIBUTIONS.length where the claim does not say. */
  attribution: Uint8Array;
  /** Position in `sourceIds`. */
  source: Uint32Array;
  place: Uint32Array;
  /** First and last day of the claim's event, as day numbers. */
  from: Int32Array;
  to: Int32Array;
  /**
   * The actors each claim is about (its objects), as actor codes: claim i's are
   * `objects[objectStart[i]]` up to `objects[objectStart[i + 1]]`.
   */
  objectStart: Uint32Array;
  objects: Uint32Array;
  /** The actors each claim passed through (`reportedVia`), as actor codes, laid out as `objects`. */
  relayStart: Uint32Array;
  relays: Uint32Array;
}

export interface DatasetIndex {
  dataset: Dataset;
  /** Events in time order (then title); claims in the order of their events. */
  events: NarrativeEvent[];
  claims: Claim[];
  actors: Actor[];
  /** Actor ids in the order of `actors`: an actor's code is its position here. */
  actorIds: string[];
  /** Source ids in the file's order: a source's code is its position here. */
  sourceIds: string[];
  /** Distinct place names, sorted. */
  places: string[];
  eventById: Map<string, NarrativeEvent>;
  actorById: Map<string, Actor>;
  sourceById: Map<string, Source>;
  claimById: Map<string, Claim>;
  actorCode: Map<string, number>;
  placeCode: Map<string, number>;
  /** Positions in `claims`, per event, actor and source, in claim order. */
  claimsByEvent: Map<string, number[]>;
  claimsByActor: Map<string, number[]>;
  claimsBySource: Map<string, number[]>;
  /** Positions in `claims` of the claims about each actor (its object actor), in claim order. */
  claimsAbout: Map<string, number[]>;
  /** Positions in `claims` of the claims each actor relayed (named in their `reportedVia`), in claim order. */
  claimsRelayedBy: Map<string, number[]>;
  disputesByEvent: Map<string, Dispute[]>;
  eventPosition: Map<string, number>;
  columns: ClaimColumns;
  /** First and last day of each event (by position in `events`), as day numbers. */
  eventDays: { from: Int32Array; to: Int32Array };
  /** Each event's place, as a position in `places`. */
  eventPlace: Uint32Array;
  /** 0 for an event with a dispute, 1 for one without (codes of DISPUTE_VALUES). */
  eventDisputed: Uint8Array;
  /**
   * Each event's claims per stance in the whole dataset, whatever the filters: event p's
   * counts are `eventStanceTotals[p * STANCES.length + s]`. A stance at 0 is silent there.
   */
  eventStanceTotals: Uint32Array;
  /** The stances silent on each event (indexes in STANCES), laid out as `columns.objects`. */
  eventSilentStart: Uint32Array;
  eventSilent: Uint32Array;
  /**
   * Where each event's claims lie in `claims`: those of event position p are
   * `eventClaims[p]` up to (not including) `eventClaims[p + 1]`.
   */
  eventClaims: Uint32Array;
}

/** The stance a claim speaks from: its own where given, else its actor's. */
export function claimStance(claim: Claim, actorById: ReadonlyMap<string, Actor>): Stance {
  return claim.stance ?? actorById.get(claim.actorId)?.stance ?? 'other';
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) map.set(row.id, row);
  return map;
}

/** Claim positions grouped by a key, in claim order. */
function groupPositions(claims: readonly Claim[], key: (claim: Claim) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let i = 0; i < claims.length; i++) {
    const k = key(claims[i]!);
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  }
  return map;
}

/** A value computed on first use and kept: lookups only some pages need cost nothing at load. */
function lazily<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/** A value's index in its vocabulary, or the vocabulary's length for a value it lacks (not coded). */
function codeOf(vocabulary: readonly string[], value: string | undefined): number {
  for (let i = 0; i < vocabulary.length; i++) if (vocabulary[i] === value) return i;
  return vocabulary.length;
}

/** Events by the first day they cover, then by title. */
export function compareEvents(a: NarrativeEvent, b: NarrativeEvent): number {
  return compareStrings(eventSpan(a.date).from, eventSpan(b.date).from) || compareText(a.title, b.title);
}

/**
 * Per-claim codes in the order of the dataset's claims array (file order): positions in
 * the file's events, actors and sources tables, indexes in the vocabularies (a
 * vocabulary's length where a claim does not say). What an index is built from, whether
 * they were read from the claims' JSON or from a columnar companion file.
 */
export interface ClaimCodes {
  count: number;
  event: Uint32Array;
  actor: Uint32Array;
  /** The claim's own stance, else its actor's. */
  stance: Uint8Array;
  type: Uint8Array;
  form: Uint8Array;
  attribution: Uint8Array;
  source: Uint32Array;
  /** Claim i's object actors are `objects[objectStart[i]]` up to `objects[objectStart[i + 1]]`, each once. */
  objectStart: Uint32Array;
  objects: Uint32Array;
  relayStart: Uint32Array;
  relays: Uint32Array;
}

/** Every table but the claims: small beside them, and all a first screen needs besides their codes. */
export type DatasetTables = Omit<Dataset, 'claims'>;

/** Each row's position in its table, by id. */
export function positionsById(rows: readonly { id: string }[]): Map<string, number> {
  return new Map(rows.map((row, i) => [row.id, i]));
}

/** Codes for `n` claims, all zero, with no objects or relays yet: filled in by their reader. */
export function emptyClaimCodes(n: number): ClaimCodes {
  return {
    count: n,
    event: new Uint32Array(n),
    actor: new Uint32Array(n),
    stance: new Uint8Array(n),
    type: new Uint8Array(n),
    form: new Uint8Array(n),
    attribution: new Uint8Array(n),
    source: new Uint32Array(n),
    objectStart: new Uint32Array(n + 1),
    objects: new Uint32Array(0),
    relayStart: new Uint32Array(n + 1),
    relays: new Uint32Array(0),
  };
}

/**
 * The codes of a dataset's claims, read leniently: an unknown event, actor or source
 * (which validation reports) counts as the first one, so that an unchecked dataset can
 * still be indexed and shown while it is checked.
 */
export function claimCodes(dataset: Dataset): ClaimCodes {
  const [eventAt, actorAt, sourceAt] = [
    positionsById(dataset.events),
    positionsById(dataset.actors),
    positionsById(dataset.sources),
  ];
  const stanceOf = new Map(STANCES.map((stance, i) => [stance, i]));
  const typeOf = new Map(CLAIM_TYPES.map((type, i) => [type, i]));
  // A claim without a stance of its own speaks from its actor's (see claimStance):
  // looked up once per actor, not once per claim.
  const other = stanceOf.get('other')!;
  const actorStance = Uint8Array.from(dataset.actors, (actor) => stanceOf.get(actor.stance) ?? other);
  const m = dataset.claims.length;
  const codes = emptyClaimCodes(m);
  const objects: number[] = [];
  const relays: number[] = [];
  // One pass over the claim objects reads every code. (Each pass over 100,000 parsed
  // objects is mostly waiting for memory.)
  for (let i = 0; i < m; i++) {
    const claim = dataset.claims[i]!;
    codes.form[i] = codeOf(CLAIM_FORMS, claim.form);
    codes.attribution[i] = codeOf(ATTRIBUTIONS, claim.attribution);
    const about = claim.object;
    if (about)
      for (let k = 0; k < about.length; k++) {
        const code = actorAt.get(about[k]!.actorId);
        // One actor in two roles (accused and targeted) is still one actor the claim is about.
        if (code !== undefined && !objects.includes(code, codes.objectStart[i])) objects.push(code);
      }
    codes.objectStart[i + 1] = objects.length;
    codes.source[i] = sourceAt.get(claim.sourceId) ?? 0;
    const via = claim.reportedVia;
    for (let k = 0; k < via.length; k++) {
      const code = actorAt.get(via[k]!);
      if (code !== undefined) relays.push(code);
    }
    codes.relayStart[i + 1] = relays.length;
    const actor = actorAt.get(claim.actorId);
    codes.event[i] = eventAt.get(claim.eventId) ?? 0;
    codes.actor[i] = actor ?? 0;
    codes.stance[i] =
      claim.stance !== undefined
        ? (stanceOf.get(claim.stance) ?? 0)
        : actor !== undefined
          ? actorStance[actor]!
          : other;
    codes.type[i] = typeOf.get(claim.type) ?? 0;
  }
  codes.objects = Uint32Array.from(objects);
  codes.relays = Uint32Array.from(relays);
  return codes;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  return indexFromCodes(dataset, claimCodes(dataset), dataset.claims);
}

/**
 * The index of a dataset from its tables and its claims' codes. `claims` (in file order)
 * may come later: without them the index serves the explorer's first screen (the list,
 * the counts, the filters, the axis) and `claims` is empty until `withClaims` adds them.
 */
export function indexFromCodes(
  tables: DatasetTables,
  codes: ClaimCodes,
  claims: readonly Claim[] | null,
): DatasetIndex {
  // Each event's span and title key are computed once, for one sort (the order of
  // compareEvents); the spans then give the date columns.
  const sorted = tables.events
    .map((event, file) => ({ event, file, span: eventSpan(event.date), key: sortKey(event.title) }))
    .sort(
      (a, b) =>
        compareStrings(a.span.from, b.span.from) ||
        compareStrings(a.key, b.key) ||
        compareStrings(a.event.title, b.event.title),
    );
  // One loop over the events for all that is kept of each, not a pass (and a callback,
  // still cold at a first screen) per column: at 10,000 events the index took 120 → 100 ms.
  const events: NarrativeEvent[] = new Array<NarrativeEvent>(sorted.length);
  const eventPosition = new Map<string, number>();
  const eventById = new Map<string, NarrativeEvent>();
  // Where each event of the file, and each actor of the file, sits in the index's order.
  const positionOfFileEvent = new Uint32Array(sorted.length);
  const eventDays = { from: new Int32Array(sorted.length), to: new Int32Array(sorted.length) };
  const placeNames = new Set<string>();
  for (let position = 0; position < sorted.length; position++) {
    const { event, file, span } = sorted[position]!;
    events[position] = event;
    eventPosition.set(event.id, position);
    eventById.set(event.id, event);
    positionOfFileEvent[file] = position;
    eventDays.from[position] = dayNumber(span.from);
    eventDays.to[position] = dayNumber(span.to);
    placeNames.add(event.place.name);
  }
  const actors = sortByText(tables.actors, (actor) => actor.name);
  const places = sortByText([...placeNames], (place) => place);
  const actorCode = new Map(actors.map((actor, i) => [actor.id, i]));
  const codeOfFileActor = Uint32Array.from(tables.actors, (actor) => actorCode.get(actor.id)!);
  const placeCode = new Map(places.map((place, i) => [place, i]));
  const sourceIds = tables.sources.map((source) => source.id);

  const m = codes.count;
  const claimEvent = codes.event.map((file) => positionOfFileEvent[file] ?? 0);
  // A counting sort by event: stable, and linear in the number of claims.
  const starts = new Uint32Array(events.length + 1);
  for (const position of claimEvent) starts[position + 1]!++;
  for (let e = 0; e < events.length; e++) starts[e + 1]! += starts[e]!;
  const order = new Uint32Array(m);
  const next = starts.slice(0, events.length);
  claimEvent.forEach((position, i) => (order[next[position]!++] = i));
  const claimsInOrder = claims ? Array.from(order, (i) => claims[i]!) : [];

  const actorById = byId(tables.actors);

  const disputed = new Set<string>();
  for (const dispute of tables.disputes) disputed.add(dispute.eventId);
  const eventPlace = new Uint32Array(events.length);
  const eventDisputed = new Uint8Array(events.length);
  for (let position = 0; position < events.length; position++) {
    const event = events[position]!;
    eventPlace[position] = placeCode.get(event.place.name) ?? 0;
    eventDisputed[position] = disputed.has(event.id) ? 0 : 1;
  }

  const columns: ClaimColumns = {
    event: new Uint32Array(m),
    actor: new Uint32Array(m),
    stance: new Uint8Array(m),
    type: new Uint8Array(m),
    form: new Uint8Array(m),
    attribution: new Uint8Array(m),
    source: new Uint32Array(m),
    place: new Uint32Array(m),
    from: new Int32Array(m),
    to: new Int32Array(m),
    objectStart: new Uint32Array(m + 1),
    // One object actor per code: the same length, filled in place.
    objects: new Uint32Array(codes.objects.length),
    relayStart: new Uint32Array(m + 1),
    relays: new Uint32Array(codes.relays.length),
  };
  let o = 0;
  const eventStanceTotals = new Uint32Array(events.length * STANCES.length);
  for (let i = 0; i < m; i++) {
    const j = order[i]!;
    const position = claimEvent[j]!;
    columns.event[i] = position;
    columns.actor[i] = codeOfFileActor[codes.actor[j]!]!;
    columns.stance[i] = codes.stance[j]!;
    columns.type[i] = codes.type[j]!;
    columns.form[i] = codes.form[j]!;
    columns.attribution[i] = codes.attribution[j]!;
    for (let k = codes.objectStart[j]!; k < codes.objectStart[j + 1]!; k++)
      columns.objects[o++] = codeOfFileActor[codes.objects[k]!]!;
    columns.objectStart[i + 1] = o;
    columns.source[i] = codes.source[j]!;
    let r = columns.relayStart[i]!;
    for (let k = codes.relayStart[j]!; k < codes.relayStart[j + 1]!; k++)
      columns.relays[r++] = codeOfFileActor[codes.relays[k]!]!;
    columns.relayStart[i + 1] = r;
    eventStanceTotals[position * STANCES.length + codes.stance[j]!]!++;
    columns.place[i] = eventPlace[position]!;
    columns.from[i] = eventDays.from[position]!;
    columns.to[i] = eventDays.to[position]!;
  }

  const silent: number[] = [];
  const eventSilentStart = new Uint32Array(events.length + 1);
  for (let p = 0; p < events.length; p++) {
    for (let st = 0; st < STANCES.length; st++) if (eventStanceTotals[p * STANCES.length + st] === 0) silent.push(st);
    eventSilentStart[p + 1] = silent.length;
  }

  const disputesByEvent = new Map<string, Dispute[]>();
  for (const dispute of tables.disputes) {
    const list = disputesByEvent.get(dispute.eventId);
    if (list) list.push(dispute);
    else disputesByEvent.set(dispute.eventId, [dispute]);
  }

  // Lookups for single pages (an event, an actor, a source, a claim link) are built on first use.
  const claimById = lazily(() => byId(claimsInOrder));
  // An event's claims are one range of `claims` (see eventClaims).
  const claimsByEvent = lazily(
    () =>
      new Map(
        events.map((event, p) => [
          event.id,
          Array.from({ length: starts[p + 1]! - starts[p]! }, (_, k) => starts[p]! + k),
        ]),
      ),
  );
  const claimsByActor = lazily(() => groupPositions(claimsInOrder, (claim) => claim.actorId));
  const claimsBySource = lazily(() => groupPositions(claimsInOrder, (claim) => claim.sourceId));
  /** Positions of the claims whose actor list (`start`, `codes`) names each actor, each claim once. */
  const byListedActor = (start: Uint32Array, codes: Uint32Array) => {
    const map = new Map<string, number[]>();
    for (let i = 0; i < m; i++)
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const id = actors[codes[k]!]!.id;
        const list = map.get(id);
        if (!list) map.set(id, [i]);
        // A claim relayed twice by the same outlet is listed once.
        else if (list.at(-1) !== i) list.push(i);
      }
    return map;
  };
  const claimsAbout = lazily(() => byListedActor(columns.objectStart, columns.objects));
  const claimsRelayedBy = lazily(() => byListedActor(columns.relayStart, columns.relays));
  return {
    dataset: { ...tables, claims: (claims ?? []) as Claim[] },
    events,
    claims: claimsInOrder,
    actors,
    actorIds: actors.map((actor) => actor.id),
    sourceIds,
    places,
    eventById,
    actorById,
    sourceById: byId(tables.sources),
    get claimById() {
      return claimById();
    },
    actorCode,
    placeCode,
    get claimsByEvent() {
      return claimsByEvent();
    },
    get claimsByActor() {
      return claimsByActor();
    },
    get claimsBySource() {
      return claimsBySource();
    },
    get claimsAbout() {
      return claimsAbout();
    },
    get claimsRelayedBy() {
      return claimsRelayedBy();
    },
    disputesByEvent,
    eventPosition,
    columns,
    eventDays,
    eventPlace,
    eventDisputed,
    eventStanceTotals,
    eventSilentStart,
    eventSilent: Uint32Array.from(silent),
    eventClaims: starts,
  };
}
