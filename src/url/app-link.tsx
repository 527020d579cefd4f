/**
 * Links inside the app keep the query string (filters and dataset), so that moving
 * between pages never loses the reader's view.
 *
 * They are plain anchors whose clicks the router follows. React Router's `Link` resolves
 * its path and sets up its own navigation and prefetch hooks in every render: the explorer
 * has a link in each event row, and filters live in the address, so every filter change
 * re-rendered them all. Opening the 40 events of the embedded dataset spent about 30 ms
 * in those links.
 */
import { createContext, use, type ComponentProps, type MouseEvent, type ReactNode } from 'react';
import { useLocation, useNavigate, type NavigateFunction } from 'react-router';

/** Where the app is served from, without the trailing slash ("" at the root). */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '');

const Navigate = createContext<NavigateFunction | null>(null);

/** Gives the links below it one navigate function between them. Inside the router. */
export function AppLinkNavigation({ children }: { children: ReactNode }) {
  return <Navigate value={useNavigate()}>{children}</Navigate>;
}

/** A click the browser should handle itself: another button, a modifier key (new tab or window), a target. */
function leftToBrowser(event: MouseEvent<HTMLAnchorElement>): boolean {
  const { target } = event.currentTarget;
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (target !== '' && target !== '_self')
  );
}

export function AppLink({ to, onClick, ...props }: Omit<ComponentProps<'a'>, 'href'> & { to: string }) {
  const navigate = use(Navigate);
  if (!navigate) throw new Error('AppLink needs an AppLinkNavigation around it');
  const { pathname: here, search, hash: hereHash } = useLocation();
  const [pathname, hash] = to.split('#');
  const path = `${pathname}${search}${hash ? `#${hash}` : ''}`;
  return (
    <a
      {...props}
      href={`${BASENAME}${path}`}
      onClick={(event) => {
        onClick?.(event);
        if (leftToBrowser(event)) return;
        event.preventDefault();
        // As React Router's links do: following a link to where one is adds no history entry.
        navigate(path, { replace: path === `${here}${search}${hereHash}` });
      }}
    />
  );
}

/** An absolute link to a page that opens it for anyone, on the same dataset. */
export function permalink(path: string, search: string): string {
  const dataset = new URLSearchParams(search).get('dataset');
  const query = dataset ? `?dataset=${encodeURIComponent(dataset)}` : '';
  const [pathname, hash] = path.split('#');
  return `${window.location.origin}${BASENAME}${pathname}${query}${hash ? `#${hash}` : ''}`;
}
