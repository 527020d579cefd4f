/**
 * What moving to another page does to the window. A new page opens at its top, with focus
 * on its main heading so that a screen reader announces it; Back and Forward return to
 * where the reader was on that page: the row they last saw (an element marked
 * `data-scroll-anchor`) where they saw it, else the same offset. (Rows not yet drawn
 * above it hold an estimated height, so the offset alone put it up to ~120 px off.)
 * Filter edits (which replace the history entry) and a move to another anchor of the
 * same page leave the window alone; a claim anchor is scrolled to by the event page,
 * whose layout effect runs after this one.
 *
 * React Router's <ScrollRestoration> does this only under a data router. The app keeps
 * <BrowserRouter>: a data router runs every navigation as an asynchronous React
 * transition, which would change when the URL sync and the pages see a new address.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType, type Location } from 'react-router';

export function PageArrival() {
  const location = useLocation();
  const navigationType = useNavigationType();
  /** Where the window was on each history entry the reader left, by the entry's key. */
  const positions = useRef(new Map<string, Place>());
  /** Where the window is now, as last reported: when the next page renders, the old one is gone. */
  const scrolled = useRef<Place>({ top: 0, anchor: null });
  const shown = useRef<Location | null>(null);
  /** Stops what the last page's arrival still waits for (its height, its heading). */
  const arriving = useRef<() => void>(() => {});

  useEffect(() => {
    // The browser would restore Back's position before the page it belongs to is drawn.
    window.history.scrollRestoration = 'manual';
    // The offset at once; the row on screen once a frame, and at a click on a link, which
    // may leave the page (not at every click: a filter's must not wait for the rows' places).
    let frame = 0;
    const note = () => {
      frame = 0;
      scrolled.current = { top: window.scrollY, anchor: anchorInView() };
    };
    const noteLink = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]')) note();
    };
    const record = () => {
      scrolled.current = { ...scrolled.current, top: window.scrollY };
      frame ||= requestAnimationFrame(note);
    };
    // A reload, or a visit to another site, gets the browser's own restoration back.
    const leave = () => (window.history.scrollRestoration = 'auto');
    const back = () => (window.history.scrollRestoration = 'manual');
    window.addEventListener('scroll', record, { passive: true });
    document.addEventListener('click', noteLink, true);
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', record);
      document.removeEventListener('click', noteLink, true);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      leave();
    };
  }, []);

  useLayoutEffect(() => {
    const previous = shown.current;
    shown.current = location;
    // The first page is where the browser put it (and a claim anchor is the event page's).
    if (!previous || previous.key === location.key) return;
    positions.current.set(previous.key, scrolled.current);
    if (samePage(previous, location, navigationType)) return;
    const place = (navigationType === NavigationType.Pop && positions.current.get(location.key)) || TOP;
    scrolled.current = place;
    // Only the next page's arrival ends this one's: a filter edit (a replaced entry, as the
    // URL sync may write right after Back) leaves it to finish.
    arriving.current();
    const stopScrolling = scrollWhenTall(place);
    const stopFocusing = focusHeading();
    arriving.current = () => {
      stopScrolling();
      stopFocusing();
    };
  }, [location, navigationType]);

  useEffect(() => () => arriving.current(), []);

  return null;
}

/** Only the filters or the anchor changed: the reader is still on the same page. */
function samePage(previous: Location, next: Location, navigationType: NavigationType): boolean {
  return (
    previous.pathname === next.pathname &&
    (navigationType === NavigationType.Replace || previous.search === next.search)
  );
}

/** Where the window was: its offset, and the first marked row on screen with its distance from the window's top. */
interface Place {
  top: number;
  anchor: { key: string; offset: number } | null;
}

const TOP: Place = { top: 0, anchor: null };

/** The first element marked `data-scroll-anchor` that is (partly) below the window's top. */
function anchorInView(): Place['anchor'] {
  for (const element of document.querySelectorAll<HTMLElement>('[data-scroll-anchor]')) {
    const { top, bottom } = element.getBoundingClientRect();
    if (bottom > 0) return { key: element.dataset.scrollAnchor!, offset: top };
  }
  return null;
}

/**
 * Puts the window where it was: at `top`, then moved so that the anchored row is where it
 * was, once that row is in the page. True once there.
 */
function putBack({ top, anchor }: Place): boolean {
  window.scrollTo(0, top);
  const row = anchor && document.querySelector(`[data-scroll-anchor="${CSS.escape(anchor.key)}"]`);
  if (!anchor || !row) return window.scrollY >= top - 1;
  window.scrollBy(0, row.getBoundingClientRect().top - anchor.offset);
  return Math.abs(row.getBoundingClientRect().top - anchor.offset) < 1;
}

/**
 * How long the page must keep its height, once the window is where it was, before the
 * window is left alone: the rows around the reader's get drawn, and take their own heights,
 * in the frames after the first.
 */
const SETTLE_MS = 1_000;

/**
 * Scrolls the window to where it was. A page returned to may not be that tall yet when it
 * first renders (its list and time axis fill in over the next frames), and the browser
 * stops the scroll at the bottom of what there is; rows drawn above the reader's then move
 * it. The window follows each change of the page's height, until it has been where it was
 * for SETTLE_MS or the reader scrolls, taps or presses a key. Returns what stops it.
 */
function scrollWhenTall(place: Place): () => void {
  putBack(place);
  if (place.top === 0 || typeof ResizeObserver === 'undefined') return () => {};
  const readerMoved = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  let settled: ReturnType<typeof setTimeout> | undefined;
  // Also called once when it starts observing.
  const observer = new ResizeObserver(() => {
    clearTimeout(settled);
    if (putBack(place)) settled = setTimeout(stop, SETTLE_MS);
  });
  function stop() {
    clearTimeout(settled);
    observer.disconnect();
    for (const type of readerMoved) window.removeEventListener(type, stop);
  }
  observer.observe(document.body);
  for (const type of readerMoved) window.addEventListener(type, stop, { passive: true });
  return stop;
}

/**
 * Moves focus to the page's main heading, once it is there (a page loads its code on its
 * first visit). Returns what stops waiting for it.
 */
function focusHeading(): () => void {
  const main = document.getElementById('main');
  if (!main) return () => {};
  const focus = () => {
    const heading = main.querySelector('h1');
    if (!heading) return false;
    // A heading takes focus only when told so; out of the tab order it stays.
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    // The window is already where it belongs: focus must not scroll it.
    heading.focus({ preventScroll: true });
    return true;
  };
  if (focus()) return () => {};
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}
