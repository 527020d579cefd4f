/** Numbers as readers see them, in one place. */

/**
 * 12,345; 2.5. By hand rather than with Intl.NumberFormat, whose locale data costs tens
 * of milliseconds to load before the first count can show; the page is in English.
 * Up to three decimals, as the formatter would round them.
 */
export function formatNumber(n: number): string {
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  if (!Number.isFinite(rounded) || rounded >= 1e21) return String(n);
  const [whole = '', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 && rounded !== 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** "1 claim", "12,345 claims" */
export const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
