import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { layoutRelayNetwork, nodeWidth, shortLabel } from './relay-layout.ts';
import { buildRelayNetwork } from './relay-network.ts';

describe('layoutRelayNetwork', () => {
  it('puts claimants left, relays between and sources right, inside its box', () => {
    const index = buildIndex(fixture());
    const network = buildRelayNetwork(index, { matches: new Uint8Array(index.claims.length).fill(1) });
    const layout = layoutRelayNetwork(network);
    const x = (id: string) => layout.nodes.find((n) => n.node.id === id)!.x;
    // The police chief only speaks; the activist speaks and relays; the blog is a source.
    expect(x('police-chief')).toBeLessThan(x('activist'));
    expect(x('activist')).toBeLessThan(x('source:blog'));
    expect(x('hut')).toBeLessThan(x('source:blog'));
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.edges).toHaveLength(network.edges.length);
    for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });

  it('lays out nothing for an empty network', () => {
    const index = buildIndex(fixture());
    const layout = layoutRelayNetwork(buildRelayNetwork(index, { matches: new Uint8Array(index.claims.length) }));
    expect(layout).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
  });

  it('cuts long names', () => {
    expect(shortLabel('Radio Free Europe/Radio Liberty and more')).toMatch(/…$/);
    expect(shortLabel('KNB')).toBe('KNB');
    expect(nodeWidth({ id: 'x', label: 'KNB', kinds: [], made: 0, relayed: 0, contained: 0 })).toBe(72);
  });
});
