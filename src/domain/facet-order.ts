import { firstInOrder } from './first-in-order.ts';
import { positionIn } from './sorted.ts';

/**
 * Which options of a long facet list are shown, and in what order: the busiest first (ties
 * in the dataset's order), the first `limit` of `candidates` and every ticked one beyond
 * them, or all of them with `all`.
 *
 * Ticking or unticking an option never moves it: a facet's counts leave out its own filter
 * (see `applyFilters`), and the order depends on nothing else. So a box stays under the
 * pointer and keeps its focus (moving a focused element in the page blurs it, and putting
 * the focus back lays the whole page out at once).
 * @param candidates positions of the options that may be shown (those a search finds), ascending
 * @param ticked positions of the ticked options, shown if they are candidates
 */
export function facetOrder(
  counts: ArrayLike<number>,
  candidates: readonly number[],
  ticked: readonly number[],
  limit: number,
  all: boolean,
): number[] {
  const busiestFirst = (a: number, b: number) => counts[b]! - counts[a]! || a - b;
  if (all) return [...candidates].sort(busiestFirst);
  const first = firstInOrder(candidates, limit, busiestFirst);
  const shown = new Set(first);
  // Ranked after every option of `first`, so already in order after it. The ticked are a
  // few of many (a thousand actors): each is looked up, the candidates are not scanned.
  const beyond = ticked.filter((i) => !shown.has(i) && positionIn(candidates, i) >= 0).sort(busiestFirst);
  return [...first, ...beyond];
}
