import { describe, expect, it } from 'vitest';
import { blameEdges } from './blame.ts';
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
