/**
 * Links inside the app keep the query string (filters and dataset), so that moving
 * between pages never loses the reader's view.
 */
import type { ComponentProps } from 'react';
import { Link, useLocation } from 'react-router';

export function AppLink({ to, ...props }: Omit<ComponentProps<typeof Link>, 'to'> & { to: string }) {
  const { search } = useLocation();
  const [pathname, hash] = to.split('#');
  // A string, not a { pathname, search, hash } object: React Router checks an object's
  // fields by building error messages it then discards, for every link on every render.
  return <Link to={`${pathname}${search}${hash ? `#${hash}` : ''}`} {...props} />;
}

/** An absolute link to a page that opens it for anyone, on the same dataset. */
export function permalink(path: string, search: string): string {
  const dataset = new URLSearchParams(search).get('dataset');
  const query = dataset ? `?dataset=${encodeURIComponent(dataset)}` : '';
  const [pathname, hash] = path.split('#');
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${window.location.origin}${base}${pathname}${query}${hash ? `#${hash}` : ''}`;
}
