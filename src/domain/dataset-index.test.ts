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

  it('finds the claims each actor relayed and each is about, once per claim, as a scan of the claims would', () => {
    const dataset = fixture();
    // An outlet named twice in one chain relays that claim once.
    dataset.claims[0]!.reportedVia = ['activist', 'hut', 'activist'];
    const index = buildIndex(dataset);
    for (const actor of index.actorIds) {
      const relayed = index.claims.flatMap((claim, i) => (claim.reportedVia.includes(actor) ? [i] : []));
      const about = index.claims.flatMap((claim, i) => (claim.object?.some((o) => o.actorId === actor) ? [i] : []));
      expect(index.claimsRelayedBy.get(actor) ?? []).toEqual(relayed);
      expect(index.claimsAbout.get(actor) ?? []).toEqual(about);
    }
    expect(index.claimsRelayedBy.get('activist')).toHaveLength(1);
  });
});
