/**
 * How much of a long list a page draws: an actor of a large archive has thousands of
 * claims, and drawing them all (100,000 DOM nodes for 3,000 claims) held the page for
 * seconds. A short list is drawn whole; a long one a page at a time.
 */
export interface ShownPages {
  /** Items a page adds. */
  page: number;
  /** Up to this many, the list is drawn whole (no button to show three more). */
  whole: number;
}

/**
 * How many of `total` items to draw after `pages` pages, and at least through the item at
 * `through` (a linked claim, -1 for none), to the end of its page.
 */
export function shownCount(total: number, { page, whole }: ShownPages, pages: number, through = -1): number {
  if (total <= whole) return total;
  const throughPages = through >= 0 ? Math.ceil((through + 1) / page) : 0;
  return Math.min(total, Math.max(pages, throughPages, 1) * page);
}
