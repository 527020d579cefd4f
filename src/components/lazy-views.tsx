/**
 * The explorer's views beyond the list load only when a reader opens them: their code
 * (and the map's outlines) never weigh on the list's first paint.
 */
import { lazy } from 'react';
import type { ExplorerView } from '../domain/filters.ts';
import { preloadMap } from './map/lazy-map.tsx';

const loadRelays = () => import('./relays/relay-view.tsx').then((m) => ({ default: m.RelayView }));
const loadCompare = () => import('./compare/compare-view.tsx').then((m) => ({ default: m.CompareView }));
const loadFigures = () => import('./figures/figures-view.tsx').then((m) => ({ default: m.FiguresView }));

export const LazyRelayView = lazy(loadRelays);
export const LazyCompareView = lazy(loadCompare);
export const LazyFiguresView = lazy(loadFigures);

/** Starts loading a view's code when a reader points at or focuses its button. */
export function preloadView(view: ExplorerView): void {
  if (view === 'map') preloadMap();
  else if (view === 'relays') void loadRelays();
  else if (view === 'compare') void loadCompare();
  else if (view === 'figures') void loadFigures();
}
