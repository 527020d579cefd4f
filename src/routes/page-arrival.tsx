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
    window.scrollTo(0, top);
    scrolled.current = top;
    return focusHeading();
  }, [location, navigationType]);

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
