import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/synthetic/generate.ts';
import { fixture } from '../test/fixture.ts';
import { buildIndex, claimStance, type DatasetIndex } from './dataset-index.ts';
import { applyFilters, EMPTY_FILTERS } from './filters.ts';
import {
  buildRelayNetwork,
  chainsOf,
  claimsAtNode,
  claimsOnEdge,
  edgePick,
  nodePick,
  OTHER_ACTORS_ID,
  OTHER_SOURCES_ID,
  readPick,
  type RelayNetwork,
} from './relay-network.ts';
import type { Claim, Dataset } from './schema.ts';
import { STANCES } from './vocabulary.ts';

const all = (index: DatasetIndex) => ({ matches: new Uint8Array(index.claims.length).fill(1) });

/** The fixture with a second relay and chains that loop back on themselves. */
function relayDataset(): Dataset {
  const dataset = fixture();
  dataset.actors.push({
    id: 'afp',
    name: 'Agence France-Presse',
    aliases: [],
    stance: 'media',
    role: 'News agency',
    description: 'A news agency.',
  });
  const base = dataset.claims[0]!;
  const claim = (id: string, actorId: string, reportedVia: string[], sourceId = 'blog'): Claim => ({
    ...base,
    id,
    actorId,
    reportedVia,
    sourceId,
    stance: undefined,
  });
  dataset.claims.push(
    claim('via-afp', 'police-chief', ['afp', 'activist']),
    // A → B → A → B → source: each edge once for this claim.
    claim('loop', 'police-chief', ['afp', 'police-chief', 'afp']),
    // A claimant that is its own first relay takes one step, not a self-loop.
    claim('self', 'afp', ['afp'], 'cable'),
  );
  return dataset;
}

const edge = (network: RelayNetwork, from: string, to: string) =>
  network.edges.find((e) => e.from === from && e.to === to)?.claims ?? 0;

/** What each edge should count, read from the claim objects rather than the columns. */
function edgesByHand(claims: readonly Claim[], nodeOf: (id: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const steps = [claim.actorId, ...claim.reportedVia, `source:${claim.sourceId}`].map(nodeOf);
    const keys = new Set<string>();
    for (let k = 1; k < steps.length; k++) if (steps[k] !== steps[k - 1]) keys.add(`${steps[k - 1]}>${steps[k]}`);
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Where a folded id is drawn: in the folded actors or the folded sources. */
const foldedAs = (drawn: ReadonlySet<string>) => (id: string) =>
  drawn.has(id) ? id : id.startsWith('source:') ? OTHER_SOURCES_ID : OTHER_ACTORS_ID;

describe('buildRelayNetwork', () => {
  it('follows each chain from claimant through its relays to the source', () => {
    const index = buildIndex(fixture());
    const network = buildRelayNetwork(index, all(index));
    expect(edge(network, 'police-chief', 'activist')).toBe(1);
    expect(edge(network, 'activist', 'source:blog')).toBe(1);
    expect(edge(network, 'hut', 'source:blog')).toBe(1);
    expect(edge(network, 'police-chief', 'source:cable')).toBe(1);
    const activist = network.nodes.find((node) => node.id === 'activist')!;
    expect(activist).toMatchObject({ kinds: ['claimant', 'relay'], stance: 'opposition', made: 1, relayed: 1 });
    const blog = network.nodes.find((node) => node.id === 'source:blog')!;
    expect(blog).toMatchObject({ kinds: ['source'], contained: 2, label: 'A blog post' });
    expect(blog.stance).toBeUndefined();
    expect(network.folded).toEqual([]);
  });

  it('counts a claim once per edge, and never as a self-loop', () => {
    const index = buildIndex(relayDataset());
    const network = buildRelayNetwork(index, all(index));
    expect(edge(network, 'police-chief', 'afp')).toBe(2);
    expect(edge(network, 'afp', 'police-chief')).toBe(1);
    expect(edge(network, 'afp', 'activist')).toBe(1);
    expect(edge(network, 'afp', 'source:blog')).toBe(1);
    expect(edge(network, 'afp', 'source:cable')).toBe(1);
    expect(network.edges.some((e) => e.from === e.to)).toBe(false);
    const afp = network.nodes.find((node) => node.id === 'afp')!;
    expect(afp).toMatchObject({ made: 1, relayed: 3 });
    expect(edgesByHand(index.claims, (id) => id)).toEqual(
      new Map(network.edges.map((e) => [`${e.from}>${e.to}`, e.claims])),
    );
  });

  it('follows the filters: only matching claims count', () => {
    const index = buildIndex(relayDataset());
    const result = applyFilters(index, { ...EMPTY_FILTERS, stance: ['media'] });
    const network = buildRelayNetwork(index, result);
    expect(network.claimCount).toBe(1);
    expect(network.edges).toEqual([{ from: 'afp', to: 'source:cable', claims: 1 }]);
    expect(network.nodes.map((node) => node.id).sort()).toEqual(['afp', 'source:cable']);
  });

  it('lists the claims at a node and along an edge', () => {
    const index = buildIndex(relayDataset());
    const network = buildRelayNetwork(index, all(index));
    const ids = (positions: number[]) => positions.map((i) => index.claims[i]!.id).sort();
    expect(ids(claimsOnEdge(index, all(index), network, 'police-chief', 'afp'))).toEqual(['loop', 'via-afp']);
    const afp = claimsAtNode(index, all(index), network, 'afp');
    expect(ids(afp.made)).toEqual(['self']);
    expect(ids(afp.relayed)).toEqual(['loop', 'self', 'via-afp']);
    expect(ids(claimsAtNode(index, all(index), network, 'source:cable').contained)).toEqual(
      ['chief-casualties', 'duvanov-provocation', 'self'].sort(),
    );
    expect(claimsOnEdge(index, all(index), network, 'hut', 'nobody')).toEqual([]);
  });

  it('agrees with the claim objects, and its amplifiers with its edges', () => {
    const index = buildIndex(generateDataset({ events: 80, actors: 40, claims: 2000, seed: 3 }));
    const network = buildRelayNetwork(index, all(index), 1000);
    expect(network.folded).toEqual([]);
    expect(edgesByHand(index.claims, (id) => id)).toEqual(
      new Map(network.edges.map((e) => [`${e.from}>${e.to}`, e.claims])),
    );
    expect(network.amplifiers.length).toBeGreaterThan(0);
    for (const amplifier of network.amplifiers) {
      const node = network.nodes.find((n) => n.id === amplifier.actorId)!;
      expect(amplifier.total).toBe(node.relayed);
      expect(amplifier.byStance.reduce((a, b) => a + b, 0)).toBe(amplifier.total);
      // The generator never repeats a relay nor relays a claimant's own words: each claim
      // it made or passed on leaves it by one edge.
      const out = network.edges.filter((e) => e.from === amplifier.actorId).reduce((sum, e) => sum + e.claims, 0);
      expect(out).toBe(node.made + amplifier.total);
      const official = index.claims.filter(
        (c) => c.reportedVia.includes(amplifier.actorId) && claimStance(c, index.actorById) === 'official',
      ).length;
      expect(amplifier.byStance[STANCES.indexOf('official')]).toBe(official);
    }
  });

  it('folds all but the heaviest nodes into one for actors and one for sources, saying what it folded', () => {
    const index = buildIndex(generateDataset({ events: 80, actors: 40, claims: 2000, seed: 3 }));
    const full = buildRelayNetwork(index, all(index), 1000);
    const capped = buildRelayNetwork(index, all(index), 10);
    // Ten drawn, and the two folded nodes after them.
    expect(capped.nodes.map((n) => n.id).slice(10)).toEqual([OTHER_ACTORS_ID, OTHER_SOURCES_ID]);
    expect(capped.folded.length + 10).toBe(full.nodes.length);
    const weight = (n: (typeof full.nodes)[number]) => n.made + n.relayed + n.contained;
    const lightestKept = Math.min(...capped.nodes.slice(0, 10).map(weight));
    expect(Math.max(...capped.folded.map((n) => n.claims))).toBeLessThanOrEqual(lightestKept);
    const drawn = new Set(capped.nodes.map((n) => n.id));
    expect(edgesByHand(index.claims, foldedAs(drawn))).toEqual(
      new Map(capped.edges.map((e) => [`${e.from}>${e.to}`, e.claims])),
    );
    const [actors, sources] = capped.nodes.slice(10);
    const foldedIds = new Set(capped.folded.map((n) => n.id));
    expect(actors!.made).toBe(index.claims.filter((c) => foldedIds.has(c.actorId)).length);
    expect(actors!.relayed).toBe(index.claims.filter((c) => c.reportedVia.some((id) => foldedIds.has(id))).length);
    expect(sources!.contained).toBe(index.claims.filter((c) => foldedIds.has(`source:${c.sourceId}`)).length);
    expect(actors!.label).toBe(`${capped.folded.filter((n) => n.kind === 'actor').length} other actors`);
    expect(sources!.kinds).toEqual(['source']);
    // The amplifiers table is never capped: a folded relay keeps its row.
    expect(capped.amplifiers).toEqual(full.amplifiers);
  });

  it('builds 100,000 claims with totals that add up', () => {
    const index = buildIndex(generateDataset({ events: 10_000, actors: 1_000, claims: 100_000, seed: 1 }));
    const network = buildRelayNetwork(index, all(index));
    expect(network.claimCount).toBe(100_000);
    expect(network.relayedCount).toBe(index.claims.filter((c) => c.reportedVia.length > 0).length);
    expect(network.nodes.length).toBe(62);
    const sum = (f: (n: (typeof network.nodes)[number]) => number) => network.nodes.reduce((s, n) => s + f(n), 0);
    expect(sum((n) => n.contained)).toBe(100_000);
    // Each claim has one claimant, kept or folded.
    expect(sum((n) => n.made)).toBe(100_000);
    const totalRelayed = index.claims.reduce((s, c) => s + new Set(c.reportedVia).size, 0);
    expect(network.amplifiers.reduce((s, a) => s + a.total, 0)).toBe(totalRelayed);
    const drawn = new Set(network.nodes.map((n) => n.id));
    expect(edgesByHand(index.claims, foldedAs(drawn))).toEqual(
      new Map(network.edges.map((e) => [`${e.from}>${e.to}`, e.claims])),
    );
  }, 60_000);
});

describe('chainsOf', () => {
  it('groups an event’s claims by the way they took', () => {
    const index = buildIndex(relayDataset());
    const positions = index.claims.flatMap((c, i) => (c.eventId === 'otan-blasts' ? [i] : []));
    const chains = chainsOf(index, positions);
    expect(chains[0]!.claims.length).toBeGreaterThanOrEqual(chains.at(-1)!.claims.length);
    expect(chains.find((c) => c.steps.join('>') === 'police-chief>afp>activist>source:blog')!.claims).toHaveLength(1);
  });
});

describe('picks', () => {
  it('read back what they wrote', () => {
    expect(readPick(nodePick('knb'))).toEqual({ node: 'knb' });
    expect(readPick(nodePick('source:blog'))).toEqual({ node: 'source:blog' });
    expect(readPick(edgePick('knb', 'source:blog'))).toEqual({ from: 'knb', to: 'source:blog' });
    expect(readPick('edge:a>b>c')).toBeNull();
    expect(readPick('cell:x~y')).toBeNull();
  });
});
