import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/synthetic/generate.ts';
import { fixture } from '../test/fixture.ts';
import { buildIndex, claimStance, compareEvents } from './dataset-index.ts';
import { eventSpan } from './dates.ts';
import { LIST_DIMENSIONS, LIST_KEYS, type ListKey } from './dimensions.ts';
import {
  applyFilters,
  DIMENSIONS,
  EMPTY_FILTERS,
  eventStances,
  firstMatches,
  matchingClaims,
  type Filters,
} from './filters.ts';
import type { Claim, NarrativeEvent } from './schema.ts';
import { buildSearchIndex } from './search-index.ts';
import { claimTexts, eventSearchIndex, eventTextMask, textMask } from './search.ts';
import { CLAIM_TYPES, STANCES } from './vocabulary.ts';

const index = buildIndex(fixture());
const search = buildSearchIndex(claimTexts(index));
const run = (patch: Partial<Filters>) => {
  const filters = { ...EMPTY_FILTERS, ...patch };
  const text = filters.q
    ? { claims: textMask(index, search, filters.q), events: eventTextMask(index, eventSearchIndex(index), filters.q) }
    : undefined;
  const result = applyFilters(index, filters, text);
  return { ...result, ids: matchingClaims(result).map((i) => index.claims[i]!.id) };
};

describe('buildIndex', () => {
  it('orders events by date and claims by their events', () => {
    expect(index.events.map((e) => e.id)).toEqual(['otan-blasts', 'later-event']);
    expect(index.claims.map((c) => c.id)).toEqual([
      'chief-hooliganism',
      'hut-denies',
      'duvanov-provocation',
      'chief-casualties',
    ]);
  });

  it('orders events as compareEvents does: by first day, then title, ties as they came', () => {
    for (const seed of [1, 2, 3]) {
      const dataset = generateDataset({ events: 300, actors: 10, claims: 300, seed });
      // Titles that sort alike, so that the later keys decide.
      dataset.events.forEach((event, i) => {
        if (i % 3 === 0) event.title = i % 2 ? 'Élan in the city' : 'elan in the city';
      });
      expect(buildIndex(dataset).events).toEqual([...dataset.events].sort(compareEvents));
    }
  });
});

describe('applyFilters', () => {
  it('lets everything through with no filter, events without claims included', () => {
    const result = run({});
    expect(result.ids).toHaveLength(4);
    expect(result.events).toEqual([0, 1]);
  });

  it('filters by actor, stance and type, and combines them with AND', () => {
    expect(run({ actor: ['police-chief'] }).ids).toEqual(['chief-hooliganism', 'chief-casualties']);
    // A claim's own stance overrides its actor's.
    expect(run({ stance: ['official'] }).ids).toEqual(['chief-hooliganism']);
    expect(run({ stance: ['other'] }).ids).toEqual(['chief-casualties']);
    expect(run({ type: ['denial', 'accusation'] }).ids).toEqual(['hut-denies', 'duvanov-provocation']);
    expect(run({ actor: ['police-chief'], type: ['casualties'] }).ids).toEqual(['chief-casualties']);
  });

  it('filters by date span, a partial date standing for its whole span', () => {
    expect(run({ from: '2004-11-30', to: '2004' }).ids).toEqual(['chief-hooliganism', 'hut-denies']);
    expect(run({ from: '2004-12' }).ids).toEqual(['duvanov-provocation', 'chief-casualties']);
    expect(run({ to: '2004-10' }).ids).toEqual([]);
  });

  it('filters by form and attribution; a claim that does not say is counted apart', () => {
    expect(run({ form: ['statement'] }).ids).toEqual(['chief-hooliganism', 'hut-denies', 'duvanov-provocation']);
    expect(run({ form: ['act'] }).ids).toEqual([]);
    const { facets } = run({ attribution: ['explicit'] });
    expect([...facets.attribution]).toEqual([3, 0, 0, 1]);
    expect([...facets.form]).toEqual([3, 0, 0]);
  });

  it('filters by the actors claims are about, and counts claims per actor they are about', () => {
    expect(run({ about: ['police-chief'] }).ids).toEqual(['duvanov-provocation']);
    expect(run({ about: ['police-chief', 'hut'] }).ids).toEqual(['hut-denies', 'duvanov-provocation']);
    const { facets, ids } = run({ about: ['hut'], type: ['denial'] });
    expect(ids).toEqual(['hut-denies']);
    // About counts ignore the about filter but keep the type filter.
    expect(facets.about[index.actorCode.get('hut')!]).toBe(1);
    expect(facets.about[index.actorCode.get('police-chief')!]).toBe(0);
    expect(index.claimsAbout.get('police-chief')).toEqual([2]);
  });

  it('tells a silent stance (no claim on the event at all) from one whose claims are filtered out', () => {
    const S = STANCES.length;
    const totals = (position: number) => [...index.eventStanceTotals.subarray(position * S, (position + 1) * S)];
    // Whatever the filters, the totals say who speaks about each event.
    const otan = index.eventPosition.get('otan-blasts')!;
    expect(totals(otan)[STANCES.indexOf('official')]).toBe(1);
    expect(totals(otan)[STANCES.indexOf('opposition')]).toBe(0);
    const { stancesPerEvent } = run({ type: ['denial'] });
    expect(stancesPerEvent[otan * S + STANCES.indexOf('official')]).toBe(0);
    // Events with no opposition account: the Otan blasts; with no militant one: the later event.
    expect(run({ silent: ['opposition'] }).ids).toEqual(['chief-hooliganism', 'hut-denies']);
    const { facets, events } = run({ silent: ['militant'] });
    expect(events).toEqual([index.eventPosition.get('later-event')]);
    // Silence counts events: one event has no official account, two have no analyst one.
    expect(facets.silent[STANCES.indexOf('official')]).toBe(1);
    expect(facets.silent[STANCES.indexOf('analyst')]).toBe(2);
  });

  it('filters by dispute, source and relay', () => {
    expect(run({ dispute: ['disputed'] }).ids).toEqual(['chief-hooliganism', 'hut-denies']);
    expect(run({ dispute: ['undisputed'] }).ids).toEqual(['duvanov-provocation', 'chief-casualties']);
    expect(run({ source: ['cable'] }).ids).toEqual(['duvanov-provocation', 'chief-casualties']);
    // The activist makes one claim and relays another: the relay dimension finds the one it relayed.
    const relayed = run({ relay: ['activist'] });
    expect(relayed.ids).toEqual(['chief-hooliganism']);
    expect(relayed.facets.relay[index.actorCode.get('activist')!]).toBe(1);
    expect(relayed.facets.actor[index.actorCode.get('police-chief')!]).toBe(1);
  });

  it('filters by place', () => {
    expect(run({ place: ['Almaty'] }).ids).toHaveLength(4);
    expect(run({ place: ['Atyrau'] }).ids).toEqual([]);
  });

  it('lists only events with matching claims once a filter is set', () => {
    const result = run({ actor: ['activist'] });
    expect(result.events).toEqual([1]);
    expect(result.claimsPerEvent[1]).toBe(1);
    expect(result.claimsPerEvent[0]).toBe(0);
  });

  it('counts each facet with the other filters applied', () => {
    const { facets } = run({ actor: ['police-chief'], stance: ['official'] });
    // Stance counts ignore the stance filter but keep the actor filter.
    expect(facets.stance[STANCES.indexOf('official')]).toBe(1);
    expect(facets.stance[STANCES.indexOf('other')]).toBe(1);
    expect(facets.stance[STANCES.indexOf('militant')]).toBe(0);
    // Actor counts ignore the actor filter but keep the stance filter.
    expect(facets.actor[index.actorCode.get('police-chief')!]).toBe(1);
    expect(facets.actor[index.actorCode.get('hut')!]).toBe(0);
    expect(facets.type[CLAIM_TYPES.indexOf('characterization')]).toBe(1);
  });

  it('says which single filter excluded everything', () => {
    const result = run({ actor: ['hut'], type: ['casualties'] });
    expect(result.ids).toEqual([]);
    expect(result.blockedBy).toEqual({ actor: 1, type: 1 });
  });

  it('lets nothing through for a filter naming only unknown values', () => {
    expect(run({ actor: ['nobody'] }).ids).toEqual([]);
  });
});

describe('text search', () => {
  it('is insensitive to case, diacritics and transliteration', () => {
    // The activist's accusation is about the police chief: it matches on his name too.
    expect(run({ q: 'ORAZALIYEV' }).ids).toEqual(['chief-hooliganism', 'duvanov-provocation', 'chief-casualties']);
    expect(run({ q: 'hooliganísm' }).ids).toEqual(['chief-hooliganism']);
    expect(run({ q: 'Janaozen' }).ids).toEqual(['hut-denies']);
  });

  it('finds an actor and the texts that name it by any alias', () => {
    expect(run({ q: 'HuT' }).ids).toEqual(['hut-denies']);
    expect(run({ q: 'hizb ut tahrir' }).ids).toEqual(['hut-denies']);
  });

  it('finds the claims of events whose title or place matches, and counts them apart', () => {
    const otan = run({ q: 'otan' });
    expect(otan.ids).toEqual(['chief-hooliganism', 'hut-denies']);
    expect(otan.text).toEqual({ own: 0, viaEvent: 2 });
    const provocation = run({ q: 'provocation' });
    expect(provocation.ids).toEqual(['duvanov-provocation', 'chief-casualties']);
    // One claim says "provocation" itself; the other is only on an event titled so.
    expect(provocation.text).toEqual({ own: 1, viaEvent: 1 });
    expect(run({ q: 'hooliganism' }).text).toEqual({ own: 1, viaEvent: 0 });
  });

  it('matches the start of words only', () => {
    expect(run({ q: 'ganism' }).ids).toEqual([]);
  });
});

describe('per-event tallies of a result', () => {
  it("counts matching claims per event and stance, and finds an event's first matches", () => {
    const result = run({ actor: ['police-chief', 'hut'] });
    for (const position of index.events.keys()) {
      const stances = eventStances(result, position);
      expect(stances).toHaveLength(STANCES.length);
      expect(stances.reduce((a, b) => a + b, 0)).toBe(result.claimsPerEvent[position]);
    }
    const otan = index.eventPosition.get('otan-blasts')!;
    expect(firstMatches(index, result, otan, 5).map((i) => index.claims[i]!.id)).toEqual([
      'chief-hooliganism',
      'hut-denies',
    ]);
    expect(firstMatches(index, result, otan, 1)).toHaveLength(1);
  });
});

describe('applyFilters against a plain reading of each claim', () => {
  const dataset = generateDataset({ events: 60, actors: 12, claims: 400, seed: 7 });
  // Some events disputed, so that the dispute dimension has both values.
  dataset.disputes = dataset.events.slice(0, 20).map((event, i) => ({
    id: `dispute-${i}`,
    eventId: event.id,
    question: 'Q?',
    positions: [
      { label: 'a', claimIds: ['x'] },
      { label: 'b', claimIds: ['y'] },
    ],
  }));
  const large = buildIndex(dataset);
  const years = large.events.map((event) => event.date.start.slice(0, 4));
  const stanceOf = (claim: Claim) => claimStance(claim, large.actorById);
  const speaks = new Map<string, Set<string>>();
  for (const claim of large.claims)
    speaks.set(claim.eventId, (speaks.get(claim.eventId) ?? new Set()).add(stanceOf(claim)));
  const disputed = new Set(dataset.disputes.map((d) => d.eventId));

  /**
   * Each dimension's values for a claim, read off the claim and its event as a reader
   * would, not from the index's columns. A dimension added to the table must add its row.
   */
  const read: Record<ListKey, (claim: Claim, event: NarrativeEvent) => (string | undefined)[]> = {
    actor: (claim) => [claim.actorId],
    relay: (claim) => claim.reportedVia,
    stance: (claim) => [stanceOf(claim)],
    type: (claim) => [claim.type],
    form: (claim) => [claim.form],
    attribution: (claim) => [claim.attribution],
    about: (claim) => [...new Set(claim.object?.map((object) => object.actorId))],
    source: (claim) => [claim.sourceId],
    dispute: (_, event) => [disputed.has(event.id) ? 'disputed' : 'undisputed'],
    silent: (_, event) => STANCES.filter((stance) => !speaks.get(event.id)?.has(stance)),
    place: (_, event) => [event.place.name],
  };

  const filters = fc.record({
    lists: fc.record(
      Object.fromEntries(
        LIST_KEYS.map((key) => [
          key,
          fc.subarray([...LIST_DIMENSIONS[key].values(large)], {
            maxLength: Math.min(3, LIST_DIMENSIONS[key].values(large).length),
          }),
        ]),
      ) as Record<ListKey, fc.Arbitrary<string[]>>,
    ),
    // Most runs leave most dimensions alone, as readers do.
    active: fc.subarray([...LIST_KEYS], { maxLength: 4 }),
    from: fc.option(fc.constantFrom(...years), { nil: undefined }),
    to: fc.option(fc.constantFrom(...years), { nil: undefined }),
    text: fc.option(fc.uint8Array({ minLength: large.claims.length, maxLength: large.claims.length, max: 1 }), {
      nil: undefined,
    }),
  });

  it('matches, counts every facet with the other filters applied, and names the one filter that blocks all', () => {
    fc.assert(
      fc.property(filters, ({ lists, active, from, to, text }) => {
        const set: Filters = { ...EMPTY_FILTERS, from, to, q: text ? 'some words' : '' };
        for (const key of active) set[key] = lists[key];
        const result = applyFilters(large, set, text);
        // Which filters each claim fails, read off the claim and its event.
        const failures = large.claims.map((claim, i) => {
          const event = large.eventById.get(claim.eventId)!;
          const span = eventSpan(event.date);
          const failed = new Set<string>();
          if (text && !text[i]) failed.add('q');
          for (const key of LIST_KEYS)
            if (set[key].length && !read[key](claim, event).some((value) => set[key].includes(value!))) failed.add(key);
          if ((set.from && span.to < set.from) || (set.to && span.from.slice(0, 4) > set.to)) failed.add('date');
          return failed;
        });
        const passing = (except?: string) =>
          large.claims.filter((_, i) => [...failures[i]!].every((dimension) => dimension === except));
        expect(matchingClaims(result).map((i) => large.claims[i]!)).toEqual(passing());
        expect(result.claimCount).toBe(passing().length);
        const nonZero = (counts: Uint32Array) => new Map([...counts].flatMap((c, code) => (c ? [[code, c]] : [])));
        for (const key of LIST_KEYS) {
          const dimension = LIST_DIMENSIONS[key];
          const values = dimension.values(large);
          const expected = new Map<number, number>();
          const counted = new Map<number, Set<string>>();
          for (const claim of passing(key))
            for (const value of new Set(read[key](claim, large.eventById.get(claim.eventId)!))) {
              const code = values.indexOf(value!);
              if (code < 0) continue;
              if (dimension.counts === 'events') counted.set(code, (counted.get(code) ?? new Set()).add(claim.eventId));
              else expected.set(code, (expected.get(code) ?? 0) + 1);
            }
          for (const [code, events] of counted) expected.set(code, events.size);
          expect(nonZero(result.facets[key]), key).toEqual(expected);
        }
        const alone = (dimension: string) => failures.filter((f) => f.size === 1 && f.has(dimension)).length;
        const expectedBlocked = Object.fromEntries(
          DIMENSIONS.flatMap((d) => (result.claimCount === 0 && alone(d) > 0 ? [[d, alone(d)]] : [])),
        );
        expect(result.blockedBy).toEqual(expectedBlocked);
      }),
      { numRuns: 150 },
    );
  });
});
