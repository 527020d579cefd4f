import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { datasetReport } from './report.ts';

const nonZero = <T extends { claims: number }>(rows: T[]) => rows.filter((row) => row.claims > 0);

describe('datasetReport', () => {
  it('counts claims per source, stance and type, a claim’s own stance over its actor’s', () => {
    const report = datasetReport(fixture());
    expect(report.bySource).toEqual([
      { sourceId: 'blog', claims: 2 },
      { sourceId: 'cable', claims: 2 },
    ]);
    expect(nonZero(report.byStance)).toEqual([
      { stance: 'official', claims: 1 },
      { stance: 'opposition', claims: 1 },
      { stance: 'militant', claims: 1 },
      { stance: 'other', claims: 1 },
    ]);
    expect(report.byType).toHaveLength(10);
    expect(nonZero(report.byType).map((row) => row.type)).toEqual([
      'casualties',
      'characterization',
      'denial',
      'accusation',
    ]);
  });

  it('lists events in time order with the stances that speak and their disputes', () => {
    const report = datasetReport(fixture());
    expect(report.events.map(({ event, claims, stances, disputes }) => [event.id, claims, stances, disputes])).toEqual([
      [
        'otan-blasts',
        2,
        [
          { stance: 'official', claims: 1 },
          { stance: 'militant', claims: 1 },
        ],
        1,
      ],
      [
        'later-event',
        2,
        [
          { stance: 'opposition', claims: 1 },
          { stance: 'other', claims: 1 },
        ],
        0,
      ],
    ]);
    expect(report.oneStance).toEqual([]);
    expect(report.withFigures.map((row) => row.claimId)).toEqual(['chief-casualties']);
  });

  it('finds one-stance events, and actors that only relay or do nothing', () => {
    const data = fixture();
    data.claims = data.claims.filter((claim) => claim.id !== 'hut-denies' && claim.id !== 'duvanov-provocation');
    const report = datasetReport(data);
    expect(report.oneStance.map((row) => [row.event.id, row.stances[0]!.stance])).toEqual([
      ['otan-blasts', 'official'],
      ['later-event', 'other'],
    ]);
    // The activist still passes the police chief's words on; the group says nothing at all.
    expect(report.relayOnly).toEqual(['activist']);
    expect(report.idle).toEqual(['hut']);
  });
});
