import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex, claimCodes, indexFromCodes } from './dataset-index.ts';
import { applyFilters, EMPTY_FILTERS } from './filters.ts';
import type { Dataset } from './schema.ts';

/** The fixture with its tables reversed: file order must not leak into the index's order. */
function shuffled(dataset: Dataset): Dataset {
  return {
    ...dataset,
    events: [...dataset.events].reverse(),
    actors: [...dataset.actors].reverse(),
    claims: [...dataset.claims].reverse(),
  };
}

describe('an index from claim codes', () => {
  for (const [name, dataset] of [
    ['the fixture', fixture()],
    ['the fixture in another file order', shuffled(fixture())],
  ] as const) {
    it(`gives the first screen the same columns and counts as the full index (${name})`, () => {
      const full = buildIndex(dataset);
      const first = indexFromCodes(dataset, claimCodes(dataset), null);
      expect(first.claims).toEqual([]);
      expect(first.columns).toEqual(full.columns);
      expect(first.events.map((e) => e.id)).toEqual(full.events.map((e) => e.id));
      expect(first.actorIds).toEqual(full.actorIds);
      expect(first.eventStanceTotals).toEqual(full.eventStanceTotals);
      expect(first.eventSilent).toEqual(full.eventSilent);
      expect(first.eventClaims).toEqual(full.eventClaims);
      const filters = { ...EMPTY_FILTERS, stance: ['official'], type: ['casualties'] };
      const a = applyFilters(first, filters);
      const b = applyFilters(full, filters);
      expect(a.claimCount).toBe(b.claimCount);
      expect(a.events).toEqual(b.events);
      expect(a.facets).toEqual(b.facets);
    });
  }

  it('puts the claims, when they come, in the order of their codes', () => {
    const dataset = shuffled(fixture());
    const index = indexFromCodes(dataset, claimCodes(dataset), dataset.claims);
    expect(index.claims).toEqual(buildIndex(dataset).claims);
    index.claims.forEach((claim, i) => expect(index.events[index.columns.event[i]!]!.id).toBe(claim.eventId));
  });
});
