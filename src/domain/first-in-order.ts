/**
 * The first `k` items in the order `compare` defines, ties in their given order: what
 * `[...items].sort(compare).slice(0, k)` returns, in one pass with a short sorted buffer,
 * so that picking the dozen busiest of a thousand actors does not sort them all.
 */
export function firstInOrder<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (const item of items) {
    if (best.length === k) {
      if (compare(item, best[k - 1]!) >= 0) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
  }
  return best;
}
