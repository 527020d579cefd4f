import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { applyFilters, EMPTY_FILTERS } from './filters.ts';
import { clusterPlaces, groupByPlace, markRadius, stanceArcs, type PlaceGroup } from './map-layout.ts';
import { STANCES } from './vocabulary.ts';

const flat = (lon: number, lat: number) => [lon, lat] as const;

function place(name: string, lon: number, lat: number, claims: number, events = 1): PlaceGroup {
  const stances = new Uint32Array(STANCES.length);
  stances[0] = claims;
  return { key: name, name, lon, lat, events: Array.from({ length: events }, (_, i) => i), claims, stances };
}

describe('groupByPlace', () => {
  it('groups the filtered events by place, counting their claims by stance, and sets aside the unplaced', () => {
    const index = buildIndex(fixture());
    const result = applyFilters(index, EMPTY_FILTERS);
    const { placed, unplaced } = groupByPlace(index, result);
    // The fixture's later event has coordinates; the Otan blasts have a place name only.
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ name: 'Almaty', lat: 43.24, lon: 76.89, claims: 2 });
    expect(placed[0]!.events.map((p) => index.events[p]!.id)).toEqual(['later-event']);
    expect([...placed[0]!.stances].reduce((a, b) => a + b)).toBe(2);
    expect(unplaced.map((p) => index.events[p]!.id)).toEqual(['otan-blasts']);
  });
});

describe('clusterPlaces', () => {
  it('keeps distant places apart and merges those that would overlap, anchored at the busiest', () => {
    const marks = clusterPlaces(
      [place('Airport', 100.5, 0, 1), place('City', 100, 0, 5), place('Far', 200, 0, 2)],
      flat,
      10,
      100,
    );
    expect(marks.map((m) => m.places.map((p) => p.name))).toEqual([['City', 'Airport'], ['Far']]);
    expect(marks[0]).toMatchObject({ key: 'City', x: 100, y: 0, claims: 6, events: 2 });
    expect(marks[0]!.stances[0]).toBe(6);
  });

  it('never leaves two markers closer than the minimum distance', () => {
    const groups = Array.from({ length: 400 }, (_, i) => place(`p${i}`, (i * 37) % 200, (i * 53) % 150, 1 + (i % 7)));
    const marks = clusterPlaces(groups, flat, 12, 1000);
    let closest = Infinity;
    for (const a of marks)
      for (const b of marks) if (a !== b) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    expect(closest).toBeGreaterThanOrEqual(12);
    expect(marks.reduce((sum, m) => sum + m.places.length, 0)).toBe(400);
  });

  it('merges harder when there would be too many markers: 10,000 places make at most maxMarks', () => {
    const groups = Array.from({ length: 10_000 }, (_, i) => place(`p${i}`, (i % 100) * 8, Math.floor(i / 100) * 5, 1));
    // How long it takes is measured by npm run bench:steps.
    const marks = clusterPlaces(groups, flat, 12, 300);
    expect(marks.length).toBeLessThanOrEqual(300);
    expect(marks.reduce((sum, m) => sum + m.events, 0)).toBe(10_000);
  });

  it('skips places the projection cannot place', () => {
    expect(clusterPlaces([place('Nowhere', 0, 0, 1)], () => null, 10, 10)).toEqual([]);
  });
});

describe('markRadius and stanceArcs', () => {
  it('grows the area, not the radius, with the claim count', () => {
    expect(markRadius(0, 100)).toBe(7);
    expect(markRadius(100, 100)).toBe(22);
    expect(markRadius(25, 100)).toBe(7 + 15 * 0.5);
    expect(markRadius(5, 0)).toBe(7);
  });

  it('splits the ring by stance, in STANCES order', () => {
    const stances = new Uint32Array(STANCES.length);
    stances[0] = 1;
    stances[2] = 3;
    expect(stanceArcs(stances)).toEqual([
      { stance: 0, start: 0, end: 0.25 },
      { stance: 2, start: 0.25, end: 1 },
    ]);
    expect(stanceArcs(new Uint32Array(STANCES.length))).toEqual([]);
  });
});
