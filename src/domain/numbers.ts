/** Numbers as readers see them, in one place, with one formatter. */

// toLocaleString would build a new formatter on each call, and the explorer formats
// dozens of counts on every filter change.
const NUMBER = new Intl.NumberFormat('en-GB');

/** 12,345 */
export const formatNumber = (n: number) => NUMBER.format(n);

/** "1 claim", "12,345 claims" */
export const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
