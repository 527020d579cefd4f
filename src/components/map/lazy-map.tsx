/**
 * The map's code (d3-geo, topojson-client) and its Natural Earth outlines load only when
 * a reader opens the map, in parallel, from the app's own origin: the list's first paint
 * never pays for them, and no tile server is asked for anything.
 */
import { lazy } from 'react';
import type { Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

let loading: Promise<{ default: () => React.ReactNode }> | undefined;

/** Without its outlines the map still places the events; a note says what is missing. */
async function fetchAtlas(): Promise<Topology | null> {
  try {
    const response = await fetch(atlasUrl, { credentials: 'same-origin' });
    return response.ok ? ((await response.json()) as Topology) : null;
  } catch {
    return null;
  }
}

function loadMap() {
  loading ??= Promise.all([import('./map-view.tsx'), fetchAtlas()]).then(([module, atlas]) => ({
    default: () => <module.MapView atlas={atlas} />,
  }));
  return loading;
}

export const LazyMapView = lazy(loadMap);

/** Called when a reader points at or focuses the Map button, to start loading early. */
export function preloadMap() {
  void loadMap();
}
