import { describe, expect, it } from 'vitest';
import { blameByActor, blameEdges } from './blame.ts';
import type { Claim } from './schema.ts';

const claim = (id: string, actorId: string, object: Claim['object']): Claim => ({
  id,
  eventId: 'e',
  actorId,
  type: 'accusation',
  summary: 's',
  quote: 'q',
  sourceId: 'src',
  reportedVia: [],
  object,
});

describe('blameEdges', () => {
  it('gives one edge per claimant, object and role, with its claims, busiest first', () => {
    const edges = blameEdges([
      claim('c1', 'knb', [{ actorId: 'opposition', role: 'accused' }]),
      claim('c2', 'writer', [
        { actorId: 'police', role: 'blamed' },
        { actorId: 'protesters', role: 'defended' },
      ]),
      claim('c3', 'knb', [{ actorId: 'opposition', role: 'accused' }]),
      claim('c4', 'knb', [{ actorId: 'opposition', role: 'blamed' }]),
    ]);
    expect(edges).toEqual([
      { from: 'knb', to: 'opposition', role: 'accused', claimIds: ['c1', 'c3'] },
      { from: 'knb', to: 'opposition', role: 'blamed', claimIds: ['c4'] },
      { from: 'writer', to: 'police', role: 'blamed', claimIds: ['c2'] },
      { from: 'writer', to: 'protesters', role: 'defended', claimIds: ['c2'] },
    ]);
  });

  it('ignores claims about no one, and counts a claim once per edge', () => {
    expect(blameEdges([claim('c1', 'knb', undefined), claim('c2', 'knb', [])])).toEqual([]);
    const twice = claim('c1', 'knb', [
      { actorId: 'jcam', role: 'accused' },
      { actorId: 'jcam', role: 'accused' },
    ]);
    expect(blameEdges([twice])).toEqual([{ from: 'knb', to: 'jcam', role: 'accused', claimIds: ['c1'] }]);
  });
});

describe('blameByActor', () => {
  const edges = blameEdges([
    claim('c1', 'knb', [{ actorId: 'opposition', role: 'accused' }]),
    claim('c2', 'writer', [{ actorId: 'police', role: 'blamed' }]),
    claim('c3', 'knb', [{ actorId: 'opposition', role: 'accused' }]),
    claim('c4', 'knb', [
      { actorId: 'opposition', role: 'blamed' },
      { actorId: 'opposition', role: 'accused' },
    ]),
    claim('c5', 'writer', [{ actorId: 'opposition', role: 'defended' }]),
  ]);

  it('lists each actor at the far end once, with every role it is given', () => {
    expect(blameByActor(edges, 'to')).toEqual([
      {
        actorId: 'opposition',
        // c4 gives two roles and counts once.
        claimCount: 4,
        edges: [
          { from: 'knb', to: 'opposition', role: 'accused', claimIds: ['c1', 'c3', 'c4'] },
          { from: 'knb', to: 'opposition', role: 'blamed', claimIds: ['c4'] },
          { from: 'writer', to: 'opposition', role: 'defended', claimIds: ['c5'] },
        ],
      },
      { actorId: 'police', claimCount: 1, edges: [{ from: 'writer', to: 'police', role: 'blamed', claimIds: ['c2'] }] },
    ]);
  });

  it('groups by the claimant from the other side, most claims first', () => {
    const groups = blameByActor(edges, 'from');
    expect(groups.map((group) => [group.actorId, group.claimCount, group.edges.map((edge) => edge.role)])).toEqual([
      ['knb', 3, ['accused', 'blamed']],
      ['writer', 2, ['blamed', 'defended']],
    ]);
    expect(blameByActor([], 'to')).toEqual([]);
  });
});
