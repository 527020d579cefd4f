import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { emptyFilters } from '../domain/filters.ts';
import type { ListKey } from '../domain/dimensions.ts';
import { formatNumber, plural } from '../domain/numbers.ts';
import { shownCount, type ShownPages } from '../domain/shown-count.ts';
import { canonicalSearch } from '../domain/url-codec.ts';

/** Claims on an actor's or a source's page: each card is about 40 nodes. */
export const CLAIM_PAGES: ShownPages = { page: 50, whole: 60 };
/** Claims in one stance's column of an event: every column gets the same room. */
export const COLUMN_PAGES: ShownPages = { page: 20, whole: 25 };
/** Above this many more, "Show all" is left to the explorer, whose list draws only what is in view. */
const ALL_AT_ONCE = 500;

/**
 * How many of each list the reader has opened, by history entry and list: Back to a page
 * draws as much of it as the reader left, so that the window can go back to where they were.
 */
const opened = new Map<string, number>();

export interface ShownList {
  /** How many to draw. */
  shown: number;
  total: number;
  /** Whether the list is long enough to be drawn a page at a time. */
  long: boolean;
  pages: ShownPages;
  more(): void;
  all(): void;
}

/**
 * A list of `total` items drawn a page at a time, through the item at `through` (a linked
 * claim, -1 for none). `listId` names the list on its page.
 */
export function useShownList(listId: string, total: number, pages: ShownPages, through = -1): ShownList {
  const { key, pathname } = useLocation();
  const id = `${key}\u0000${pathname}\u0000${listId}`;
  const [state, setState] = useState({ id, pathname, count: opened.get(id) ?? 1 });
  // Another history entry: the count the reader left there (Back); else, on the same page
  // (a link to one of its claims), the count so far; else the first page.
  const count = state.id === id ? state.count : (opened.get(id) ?? (state.pathname === pathname ? state.count : 1));
  if (state.id !== id) setState({ id, pathname, count });
  const shown = shownCount(total, pages, count, through);
  const open = (next: number) => {
    opened.set(id, next);
    setState({ id, pathname, count: next });
  };
  return {
    shown,
    total,
    long: total > pages.whole,
    pages,
    more: () => open(Math.ceil(shown / pages.page) + 1),
    all: () => open(Math.ceil(total / pages.page)),
  };
}

/**
 * Below a long list: how much of it is shown, and buttons for more. `inExplorer` is the
 * filter that lists the same claims in the explorer, which draws any number of them.
 */
export function ShowMore({
  list,
  noun,
  inExplorer,
}: {
  list: ShownList;
  noun: string;
  inExplorer?: [ListKey, string];
}) {
  const { search } = useLocation();
  const status = useRef<HTMLParagraphElement>(null);
  // Once the last button is gone, focus would fall back to the page: it goes to the line that says all are shown.
  const [revealed, setRevealed] = useState(false);
  const rest = list.total - list.shown;
  useEffect(() => {
    if (revealed && rest === 0) status.current?.focus();
  }, [revealed, rest]);
  if (!list.long) return null;
  const button = 'rounded border border-rule px-2 py-0.5 hover:border-muted';
  const reveal = (open: () => void) => () => {
    open();
    setRevealed(true);
  };
  const explorer = inExplorer && {
    pathname: '/',
    search: canonicalSearch({ ...emptyFilters(), [inExplorer[0]]: [inExplorer[1]] }, search),
  };
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <p ref={status} tabIndex={-1} aria-live="polite" className="text-muted">
        {rest > 0
          ? `${formatNumber(list.shown)} of ${plural(list.total, noun)} shown.`
          : `All ${plural(list.total, noun)} shown.`}
      </p>
      {rest > 0 && (
        <button type="button" className={button} onClick={reveal(list.more)}>
          Show {formatNumber(Math.min(rest, list.pages.page))} more
        </button>
      )}
      {rest > list.pages.page && rest <= ALL_AT_ONCE && (
        <button type="button" className={button} onClick={reveal(list.all)}>
          Show all {formatNumber(list.total)}
        </button>
      )}
      {rest > 0 && explorer && <Link to={explorer}>All {plural(list.total, noun)} in the explorer</Link>}
    </div>
  );
}
