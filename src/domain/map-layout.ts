/**
 * What the map draws, computed without a map: the filtered events grouped by place, and
 * places merged into one marker where they would sit on top of each other on screen.
 * Merging keeps a few hundred marks however many events there are (10,000 stay smooth),
 * and keeps every marker selectable: two markers are never closer than `minDistance`.
 */
import type { DatasetIndex } from './dataset-index.ts';
import type { FilterResult } from './filters.ts';
import { STANCES } from './vocabulary.ts';
import { compareText } from './order.ts';

export interface PlaceGroup {
  /** Name and coordinates: one place even where two places share a name. */
  key: string;
  name: string;
  lat: number;
  lon: number;
  /** Event positions, in time order. */
  events: number[];
  claims: number;
  /** Claims per stance, in STANCES order. */
  stances: Uint32Array;
}

export interface MapMark {
  /** The key of its busiest place: stable while filters change. */
  key: string;
  x: number;
  y: number;
  /** Busiest first. */
  places: PlaceGroup[];
  events: number;
  claims: number;
  stances: Uint32Array;
}

/** A filter result's events by place; those without coordinates apart, for a list under the map. */
export function groupByPlace(
  index: DatasetIndex,
  result: Pick<FilterResult, 'events' | 'stancesPerEvent'>,
): { placed: PlaceGroup[]; unplaced: number[] } {
  const S = STANCES.length;
  const groups = new Map<string, PlaceGroup>();
  const unplaced: number[] = [];
  for (const position of result.events) {
    const { place } = index.events[position]!;
    if (place.lat === undefined || place.lon === undefined) {
      unplaced.push(position);
      continue;
    }
    const key = `${place.name}@${place.lat},${place.lon}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: place.name,
        lat: place.lat,
        lon: place.lon,
        events: [],
        claims: 0,
        stances: new Uint32Array(STANCES.length),
      };
      groups.set(key, group);
    }
    group.events.push(position);
    for (let s = 0; s < S; s++) addTo(group, s, result.stancesPerEvent[position * S + s]!);
  }
  return { placed: [...groups.values()], unplaced };
}

function addTo(target: { claims: number; stances: Uint32Array }, stance: number, count: number) {
  target.stances[stance]! += count;
  target.claims += count;
}

const busiestFirst = (a: PlaceGroup, b: PlaceGroup) =>
  b.claims - a.claims || b.events.length - a.events.length || compareText(a.name, b.name);

/**
 * Places as markers at their projected position. A place within `minDistance` of a marker
 * joins it (the busiest place anchors it, so markers do not drift); if that still leaves
 * more than `maxMarks`, the distance doubles. A spatial hash keeps it near-linear.
 * @returns markers busiest first, which is also the order to paint them (small ones on top last).
 */
export function clusterPlaces(
  groups: readonly PlaceGroup[],
  project: (lon: number, lat: number) => readonly [number, number] | null,
  minDistance: number,
  maxMarks: number,
): MapMark[] {
  const sorted = [...groups].sort(busiestFirst);
  const points = sorted.map((g) => project(g.lon, g.lat));
  for (let distance = minDistance; ; distance *= 2) {
    const marks: MapMark[] = [];
    const cells = new Map<string, MapMark[]>();
    const cellOf = (x: number, y: number) => [Math.floor(x / distance), Math.floor(y / distance)] as const;
    sorted.forEach((group, i) => {
      const point = points[i];
      if (!point) return;
      const [x, y] = point;
      const [cx, cy] = cellOf(x, y);
      let target: MapMark | undefined;
      for (let dx = -1; dx <= 1 && !target; dx++) {
        for (let dy = -1; dy <= 1 && !target; dy++) {
          target = cells.get(`${cx + dx},${cy + dy}`)?.find((m) => Math.hypot(m.x - x, m.y - y) < distance);
        }
      }
      if (!target) {
        target = { key: group.key, x, y, places: [], events: 0, claims: 0, stances: new Uint32Array(STANCES.length) };
        marks.push(target);
        const cell = `${cx},${cy}`;
        cells.set(cell, [...(cells.get(cell) ?? []), target]);
      }
      target.places.push(group);
      target.events += group.events.length;
      for (let s = 0; s < group.stances.length; s++) addTo(target, s, group.stances[s]!);
    });
    if (marks.length <= maxMarks || distance > 1e6) {
      return marks.sort((a, b) => b.claims - a.claims || b.events - a.events);
    }
  }
}

/** Marker radius: area grows with the claim count, so a marker twice as big says four times as much. */
export function markRadius(claims: number, maxClaims: number, min = 7, max = 22): number {
  if (maxClaims <= 0) return min;
  return min + (max - min) * Math.sqrt(Math.min(1, claims / maxClaims));
}

/** The ring around a marker, one arc per stance that speaks, as fractions of the circle. */
export function stanceArcs(stances: Uint32Array): { stance: number; start: number; end: number }[] {
  const total = stances.reduce((sum, n) => sum + n, 0);
  if (total === 0) return [];
  const arcs: { stance: number; start: number; end: number }[] = [];
  let start = 0;
  stances.forEach((count, stance) => {
    if (count === 0) return;
    const end = start + count / total;
    arcs.push({ stance, start, end });
    start = end;
  });
  return arcs;
}
