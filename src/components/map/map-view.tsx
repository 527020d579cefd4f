import { useMemo, useRef, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { clusterPlaces, groupByPlace, markRadius } from '../../domain/map-layout.ts';
import { eventsBox, fitProjection, mapHeight } from '../../domain/map-projection.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { useFilterResult } from '../../store/results.ts';
import { useElementWidth } from '../use-element-width.ts';
import { MapBase } from './map-base.tsx';
import { MapMarker, markTitle } from './map-marker.tsx';
import { entriesByName, PlaceEvents } from './place-events.tsx';
import { plural } from '../../domain/numbers.ts';
import { sortByText } from '../../domain/order.ts';

/** Markers closer than this (px) merge, so each stays selectable; past MAX_MARKS they merge further. */
const MIN_DISTANCE = 16;
const MAX_MARKS = 250;

/** Stable, so that React calls it once per mounted panel, not on every render. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** The filtered events on a map of Kazakhstan and its neighbours, one marker per place. */
export function MapView({ atlas }: { atlas: Topology | null }) {
  const index = useIndex();
  const { result } = useFilterResult();
  const groups = useMemo(() => groupByPlace(index, result), [index, result]);
  // Fitted to every placed event of the dataset, not the filtered ones: like the time
  // axis, the map stays put while filters change, so views can be compared.
  const box = useMemo(
    () =>
      eventsBox(
        index.events.flatMap(({ place: { lon, lat } }) =>
          lon !== undefined && lat !== undefined ? [{ lon, lat }] : [],
        ),
      ),
    [index],
  );
  const [frameRef, width] = useElementWidth<HTMLDivElement>(800);
  const height = useMemo(() => mapHeight(box, width), [box, width]);
  const projection = useMemo(() => fitProjection(box, width, height), [box, width, height]);
  const marks = useMemo(
    () => clusterPlaces(groups.placed, (lon, lat) => projection([lon, lat]), MIN_DISTANCE, MAX_MARKS),
    [groups, projection],
  );
  const maxClaims = marks.reduce((max, mark) => Math.max(max, mark.claims), 0);
  // On a phone the region is small: smaller markers keep neighbours apart.
  const maxRadius = Math.min(22, Math.max(12, width / 34));

  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = marks.find((mark) => mark.key === selectedKey) ?? null;
  const markerRefs = useRef(new Map<string, HTMLButtonElement>());
  const close = () => {
    if (selectedKey) markerRefs.current.get(selectedKey)?.focus();
    setSelectedKey(null);
  };

  const unplaced = entriesByName(groups.unplaced, (position) => index.events[position]!.place.name);
  const placedEvents = groups.placed.reduce((sum, group) => sum + group.events.length, 0);

  return (
    <div className="mt-3">
      <p className="text-sm text-muted">
        {plural(placedEvents, 'event')} in {plural(groups.placed.length, 'place')}
        {groups.unplaced.length > 0 && <>; {plural(groups.unplaced.length, 'event')} not placed on the map</>}. A
        marker’s size follows its claims, its ring their stances; the number is its events. Select one to list them.
      </p>
      <div ref={frameRef} className="relative mt-2 overflow-hidden rounded border border-rule" style={{ height }}>
        <MapBase atlas={atlas} box={box} projection={projection} width={width} height={height} />
        <ul aria-label="Places on the map">
          {marks.map((mark) => (
            <li key={mark.key}>
              <MapMarker
                mark={mark}
                radius={markRadius(mark.claims, maxClaims, 7, maxRadius)}
                selected={mark === selected}
                onSelect={() => setSelectedKey(mark === selected ? null : mark.key)}
                ref={(button) => {
                  if (button) markerRefs.current.set(mark.key, button);
                  else markerRefs.current.delete(mark.key);
                }}
              />
            </li>
          ))}
        </ul>
        {!atlas && (
          <p className="absolute bottom-2 left-2 rounded bg-paper/90 px-2 py-1 text-xs text-muted">
            The country outlines could not be loaded; the markers are placed all the same.
          </p>
        )}
      </div>
      {selected && (
        <section
          // A new key for each marker remounts the panel, and its heading takes the focus.
          key={selected.key}
          id="map-panel"
          aria-labelledby="map-panel-title"
          onKeyDown={(event) => event.key === 'Escape' && close()}
          className="mt-3 rounded-md border border-rule bg-paper p-3 shadow-sm"
        >
          <div className="flex items-start justify-between gap-2">
            <h3 id="map-panel-title" ref={focusOnMount} tabIndex={-1} className="text-lg font-semibold">
              {markTitle(selected)}
            </h3>
            <button type="button" onClick={close} className="rounded border border-rule px-2 text-sm">
              Close<span className="sr-only"> the list of {selected.places[0]!.name}</span>
            </button>
          </div>
          <div className="mt-2">
            <PlaceEvents places={selected.places} />
          </div>
        </section>
      )}
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-semibold">
          The map as a list: {plural(groups.placed.length, 'place')} and their events
        </summary>
        <div className="mt-2">
          <PlaceEvents places={sortByText(groups.placed, (place) => place.name)} />
        </div>
      </details>
      {unplaced.length > 0 && (
        <section aria-labelledby="unplaced-heading" className="mt-6">
          <h3 id="unplaced-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
            Not placed on the map
          </h3>
          <p className="text-sm text-muted">These events have no single place with coordinates.</p>
          <div className="mt-2">
            <PlaceEvents places={unplaced} />
          </div>
        </section>
      )}
    </div>
  );
}
