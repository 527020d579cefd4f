import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { memo, useMemo } from 'react';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { LonLatBox } from '../../domain/map-projection.ts';

type Country = Feature<Geometry, { name: string }>;

/** Longitude and latitude extremes of a geometry's points: a fast test of what is near. */
function pointBounds(geometry: Geometry): [number, number, number, number] {
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coordinates: unknown): void => {
    const list = coordinates as unknown[];
    if (typeof list[0] === 'number') {
      const [lon, lat] = list as number[];
      bounds[0] = Math.min(bounds[0], lon!);
      bounds[1] = Math.min(bounds[1], lat!);
      bounds[2] = Math.max(bounds[2], lon!);
      bounds[3] = Math.max(bounds[3], lat!);
    } else list.forEach(visit);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return bounds;
}

/**
 * Countries with a point within a margin of the box: the rest of the world is never
 * projected. A country across the antimeridian (Russia) spans every longitude and stays.
 */
function countriesNear(atlas: Topology, box: LonLatBox): { countries: Country[]; borders: Geometry } {
  const collection = atlas.objects.countries as GeometryCollection<{ name: string }>;
  const all = (feature(atlas, collection) as FeatureCollection<Geometry, { name: string }>).features;
  const [[w, s], [e, n]] = box;
  const margin = 15;
  const countries = all.filter((country) => {
    const [cw, cs, ce, cn] = pointBounds(country.geometry);
    return cw <= e + margin && ce >= w - margin && cs <= n + margin && cn >= s - margin;
  });
  const near = new Set(countries.map((country) => country.properties.name));
  const nameOf = (object: GeometryObject) => (object.properties as { name?: string } | undefined)?.name ?? '';
  const shared = (a: GeometryObject, b: GeometryObject) => a !== b && (near.has(nameOf(a)) || near.has(nameOf(b)));
  return { countries, borders: mesh(atlas, collection, shared) };
}

const WATER = 'color-mix(in srgb, var(--color-accent) 9%, var(--color-paper))';
const HOME = 'color-mix(in srgb, var(--color-rule) 70%, var(--color-paper))';

/**
 * The base map: countries, their borders and names. Decorative (hidden from assistive
 * technology): the markers and the list below carry everything it locates.
 */
export const MapBase = memo(function MapBase({
  atlas,
  box,
  projection,
  width,
  height,
}: {
  atlas: Topology | null;
  box: LonLatBox;
  projection: GeoProjection;
  width: number;
  height: number;
}) {
  const near = useMemo(() => (atlas ? countriesNear(atlas, box) : null), [atlas, box]);
  const shapes = useMemo(() => {
    if (!near) return null;
    const path = geoPath(projection);
    const countries = near.countries.map((country) => {
      const area = path.area(country);
      const [cx, cy] = path.centroid(country);
      // Name only the countries that show enough of themselves, away from the edges.
      const labelled = area > 4000 && cx > 40 && cx < width - 40 && cy > 16 && cy < height - 12;
      return { name: country.properties.name, d: path(country) ?? '', label: labelled ? ([cx, cy] as const) : null };
    });
    return { countries, borders: path(near.borders) ?? '' };
  }, [near, projection, width, height]);

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className="block">
      <rect width={width} height={height} style={{ fill: WATER }} />
      {shapes?.countries.map((country) => (
        <path
          key={country.name}
          d={country.d}
          style={{ fill: country.name === 'Kazakhstan' ? HOME : 'var(--color-paper)' }}
          stroke="var(--color-muted)"
          strokeOpacity={0.35}
          strokeWidth={0.5}
        />
      ))}
      {shapes && (
        <path d={shapes.borders} fill="none" stroke="var(--color-muted)" strokeWidth={0.8} strokeOpacity={0.7} />
      )}
      {shapes?.countries.map(
        (country) =>
          country.label && (
            <text
              key={country.name}
              x={country.label[0]}
              y={country.label[1]}
              textAnchor="middle"
              className="fill-muted text-[11px] tracking-widest uppercase"
            >
              {country.name}
            </text>
          ),
      )}
    </svg>
  );
});
