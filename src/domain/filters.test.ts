import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/synthetic/generate.ts';
import { fixture } from '../test/fixture.ts';
import { buildIndex, claimStance, compareEvents } from './dataset-index.ts';
import { eventSpan } from './dates.ts';
import { applyFilters, EMPTY_FILTERS, eventStances, firstMatches, matchingClaims, type Filters } from './filters.ts';
import { binByTime, timeExtent } from './tallies.ts';
import { buildSearchIndex } from './search-index.ts';
import { claimTexts, textMask } from './search.ts';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, STANCES } from './vocabulary.ts';

const index = buildIndex(fixture());
const search = buildSearchIndex(claimTexts(index));
const run = (patch: Partial<Filters>) => {
  const filters = { ...EMPTY_FILTERS, ...patch };
  const result = applyFilters(index, filters, filters.q ? textMask(index, search, filters.q) : undefined);
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
    expect(run({ q: 'ORAZALIYEV' }).ids).toEqual(['chief-hooliganism', 'chief-casualties']);
    expect(run({ q: 'hooliganísm' }).ids).toEqual(['chief-hooliganism']);
    expect(run({ q: 'Janaozen' }).ids).toEqual(['hut-denies']);
  });

  it('finds an actor and the texts that name it by any alias', () => {
    expect(run({ q: 'HuT' }).ids).toEqual(['hut-denies']);
    expect(run({ q: 'hizb ut tahrir' }).ids).toEqual(['hut-denies']);
  });

  it('searches event titles and places', () => {
    expect(run({ q: 'otan' }).ids).toEqual(['chief-hooliganism', 'hut-denies']);
    expect(run({ q: 'almaty provocation' }).ids).toEqual(['duvanov-provocation', 'chief-casualties']);
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

  it('bins the matching claims over time by their event', () => {
    const result = run({ type: ['denial', 'accusation', 'casualties'] });
    const bins = binByTime(index, result, timeExtent(index)!, 12);
    expect(bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(result.claimCount);
    expect(bins.reduce((sum, bin) => sum + bin.events, 0)).toBe(result.events.length);
  });
});

describe('applyFilters against a plain reading of each claim', () => {
  const large = buildIndex(generateDataset({ events: 60, actors: 12, claims: 400, seed: 7 }));
  const years = large.events.map((event) => event.date.start.slice(0, 4));
  const filters = fc.record({
    actor: fc.subarray(large.actors.map((actor) => actor.id)),
    stance: fc.subarray([...STANCES]),
    type: fc.subarray([...CLAIM_TYPES]),
    form: fc.subarray([...CLAIM_FORMS]),
    attribution: fc.subarray([...ATTRIBUTIONS]),
    about: fc.subarray(large.actors.map((actor) => actor.id)),
    place: fc.subarray(large.places),
    from: fc.option(fc.constantFrom(...years), { nil: undefined }),
    to: fc.option(fc.constantFrom(...years), { nil: undefined }),
    text: fc.option(fc.uint8Array({ minLength: large.claims.length, maxLength: large.claims.length, max: 1 }), {
      nil: undefined,
    }),
  });

  it('matches, counts every facet with the other filters applied, and names the one filter that blocks all', () => {
    fc.assert(
      fc.property(filters, ({ text, ...chosen }) => {
        const set: Filters = { ...EMPTY_FILTERS, ...chosen, q: text ? 'some words' : '' };
        const result = applyFilters(large, set, text);
        // Which filters each claim fails, read off the claim and its event.
        const failures = large.claims.map((claim, i) => {
          const event = large.eventById.get(claim.eventId)!;
          const span = eventSpan(event.date);
          const failed = new Set<string>();
          if (text && !text[i]) failed.add('q');
          if (set.actor.length && !set.actor.includes(claim.actorId)) failed.add('actor');
          if (set.stance.length && !set.stance.includes(claimStance(claim, large.actorById))) failed.add('stance');
          if (set.type.length && !set.type.includes(claim.type)) failed.add('type');
          if (set.form.length && !set.form.includes(claim.form!)) failed.add('form');
          if (set.attribution.length && !set.attribution.includes(claim.attribution!)) failed.add('attribution');
          if (set.about.length && !claim.object?.some((object) => set.about.includes(object.actorId)))
            failed.add('about');
          if (set.place.length && !set.place.includes(event.place.name)) failed.add('place');
          if ((set.from && span.to < set.from) || (set.to && span.from.slice(0, 4) > set.to)) failed.add('date');
          return failed;
        });
        const passing = (except?: string) =>
          large.claims.filter((_, i) => [...failures[i]!].every((dimension) => dimension === except));
        expect(matchingClaims(result).map((i) => large.claims[i]!)).toEqual(passing());
        expect(result.claimCount).toBe(passing().length);
        const count = (claims: typeof large.claims, key: (claim: (typeof claims)[number]) => number) => {
          const counts = new Map<number, number>();
          for (const claim of claims) counts.set(key(claim), (counts.get(key(claim)) ?? 0) + 1);
          return counts;
        };
        const nonZero = (counts: Uint32Array) => new Map([...counts].flatMap((c, code) => (c ? [[code, c]] : [])));
        expect(nonZero(result.facets.actor)).toEqual(count(passing('actor'), (c) => large.actorCode.get(c.actorId)!));
        expect(nonZero(result.facets.stance)).toEqual(
          count(passing('stance'), (c) => STANCES.indexOf(claimStance(c, large.actorById))),
        );
        expect(nonZero(result.facets.type)).toEqual(count(passing('type'), (c) => CLAIM_TYPES.indexOf(c.type)));
        expect(nonZero(result.facets.place)).toEqual(
          count(passing('place'), (c) => large.placeCode.get(large.eventById.get(c.eventId)!.place.name)!),
        );
        expect(nonZero(result.facets.form)).toEqual(count(passing('form'), (c) => CLAIM_FORMS.indexOf(c.form!)));
        expect(nonZero(result.facets.attribution)).toEqual(
          count(passing('attribution'), (c) => ATTRIBUTIONS.indexOf(c.attribution!)),
        );
        const about = new Map<number, number>();
        for (const claim of passing('about'))
          for (const id of new Set(claim.object?.map((object) => object.actorId)))
            about.set(large.actorCode.get(id)!, (about.get(large.actorCode.get(id)!) ?? 0) + 1);
        expect(nonZero(result.facets.about)).toEqual(about);
        const alone = (dimension: string) => failures.filter((f) => f.size === 1 && f.has(dimension)).length;
        const expectedBlocked = Object.fromEntries(
          ['q', 'actor', 'stance', 'type', 'form', 'attribution', 'about', 'date', 'place'].flatMap((d) =>
            result.claimCount === 0 && alone(d) > 0 ? [[d, alone(d)]] : [],
          ),
        );
        expect(result.blockedBy).toEqual(expectedBlocked);
      }),
      { numRuns: 200 },
    );
  });
});
