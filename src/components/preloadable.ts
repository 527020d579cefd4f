import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads apart from the app's and can be asked for early
 * (`preload`). `component` is the component itself once its code is here, so that it
 * renders at once: through `lazy` alone it would suspend on its first render, and React
 * holds the retry back for up to 300 ms. Until then it is the `lazy` one: it changes once.
 */
export function preloadable<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): { preload(): Promise<ComponentType<Props>>; readonly component: ComponentType<Props> } {
  let loaded: ComponentType<Props> | null = null;
  const preload = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  return {
    preload,
    get component() {
      return loaded ?? Lazy;
    },
  };
}
