/**
 * What moving to another page does to the window. A new page opens at its top, with focus
 * on its main heading so that a screen reader announces it; Back and Forward return to
 * where the reader was on that page. Filter edits (which replace the history entry) and
 * a move to another anchor of the same page leave the window alone; a claim anchor is
 * scrolled to by the event page, whose layout effect runs after this one.
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
  const positions = useRef(new Map<string, number>());
  /** Where the window is now, as last reported: when the next page renders, the old one is gone. */
  const scrolled = useRef(0);
  const shown = useRef<Location | null>(null);
  /** Stops what the last page's arrival still waits for (its height, its heading). */
  const arriving = useRef<() => void>(() => {});

  useEffect(() => {
    // The browser would restore Back's position before the page it belongs to is drawn.
    window.history.scrollRestoration = 'manual';
    const record = () => (scrolled.current = window.scrollY);
    // A reload, or a visit to another site, gets the browser's own restoration back.
    const leave = () => (window.history.scrollRestoration = 'auto');
    const back = () => (window.history.scrollRestoration = 'manual');
    window.addEventListener('scroll', record, { passive: true });
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    return () => {
      window.removeEventListener('scroll', record);
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
    const top = navigationType === NavigationType.Pop ? (positions.current.get(location.key) ?? 0) : 0;
    scrolled.current = top;
    // Only the next page's arrival ends this one's: a filter edit (a replaced entry, as the
    // URL sync may write right after Back) leaves it to finish.
    arriving.current();
    const stopScrolling = scrollWhenTall(top);
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

/**
 * Scrolls the window to `top`. A page returned to may not be that tall yet when it first
 * renders (its list and time axis fill in over the next frames), and the browser stops
 * the scroll at the bottom of what there is: the window follows the page as it grows,
 * until it reaches `top` or the reader scrolls, taps or presses a key. Returns what stops it.
 */
function scrollWhenTall(top: number): () => void {
  window.scrollTo(0, top);
  if (top === 0 || window.scrollY >= top - 1 || typeof ResizeObserver === 'undefined') return () => {};
  const readerMoved = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const observer = new ResizeObserver(() => {
    window.scrollTo(0, top);
    if (window.scrollY >= top - 1) stop();
  });
  function stop() {
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
