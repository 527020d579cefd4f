/**
 * The map's projection: an equal-area conic fitted to where the events are, so that
 * marker areas compare honestly across the region. Loaded only with the map.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';

/** [[west, south], [east, north]] in degrees. */
export type LonLatBox = [[number, number], [number, number]];

/** Kazakhstan and a margin of its neighbours: the view when no event has coordinates. */
export const DEFAULT_BOX: LonLatBox = [
  [45, 39],
  [88, 56],
];

/**
 * The events' extent, padded; never smaller than `minSpan` degrees a side, so that one
 * city is shown with its surroundings rather than as a blank square.
 */
export function eventsBox(points: readonly { lon: number; lat: number }[], pad = 2, minSpan = 12): LonLatBox {
  if (points.length === 0) return DEFAULT_BOX;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lon, lat } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const grow = (low: number, high: number) => {
    const extra = Math.max(0, minSpan - (high - low + 2 * pad)) / 2;
    return [low - pad - extra, high + pad + extra] as const;
  };
  const [w, e] = grow(west, east);
  const [s, n] = grow(south, north);
  return [
    [Math.max(-180, w), Math.max(-85, s)],
    [Math.min(180, e), Math.min(85, n)],
  ];
}

/** Points along the box's edges: its sides are curves in a conic projection. */
function boxOutline([[w, s], [e, n]]: LonLatBox): [number, number][] {
  const steps = 8;
  const points: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps;
    const lat = s + ((n - s) * i) / steps;
    points.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return points;
}

/**
 * A conic projection centred on the box, standard parallels at a sixth from its edges
 * (the usual rule for small distortion), scaled to fill width × height less the padding.
 */
export function fitProjection(box: LonLatBox, width: number, height: number, padding = 12): GeoProjection {
  const [[w, s], [e, n]] = box;
  const span = n - s;
  return geoConicEqualArea()
    .rotate([-(w + e) / 2, 0])
    .parallels([s + span / 6, n - span / 6])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'MultiPoint', coordinates: boxOutline(box) },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** Height for a map `width` wide: the box's own proportions, within readable bounds. */
export function mapHeight(box: LonLatBox, width: number, min = 260, max = 560): number {
  const projection = fitProjection(box, 1000, 1000, 0);
  const outline = boxOutline(box).map((p): [number, number] => projection(p) ?? [0, 0]);
  const xs = outline.map(([x]) => x);
  const ys = outline.map(([, y]) => y);
  const ratio = (Math.max(...ys) - Math.min(...ys)) / Math.max(1, Math.max(...xs) - Math.min(...xs));
  return Math.round(Math.min(max, Math.max(min, width * ratio)));
}
