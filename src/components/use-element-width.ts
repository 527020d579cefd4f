import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element, kept up to date: charts drawn in real pixels keep their
 * text and markers at a readable size on a phone instead of scaling them down.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const set = (measured: number) => {
      if (measured > 0) setWidth(Math.round(measured));
    };
    // Without ResizeObserver (jsdom, very old browsers) one measure stands.
    if (typeof ResizeObserver === 'undefined') return set(element.getBoundingClientRect().width);
    // The observer reports the size after layout, with no forced layout of its own, and
    // reports it once at the start: the first render does not stop to measure.
    const observer = new ResizeObserver(([entry]) =>
      set(entry?.borderBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width ?? 0),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
