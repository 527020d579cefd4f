/**
 * Filter latency in the explorer: input (a real click, keystroke or text input sent by
 * Playwright) to the paint of the updated list, read off the live summary line
 * ("N claims in M events"), whose text changes in the same commit as the list.
 * Each kind runs 15 pairs: apply a filter, then remove it, so 30 timed interactions,
 * and the page is back to no filters before the next kind.
 */
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { round, summarize, type Summary } from './stats.ts';

/** Where the benchmark reads and drives the explorer; change here when the markup moves. */
export const SELECTORS = {
  firstContent: ['main article', 'main aside input'],
  summary: 'main [aria-live="polite"]',
  search: 'main [role="search"] input',
  from: 'main aside input[name="from"]',
  to: 'main aside input[name="to"]',
};

/** Texts the explorer shows while a large dataset is still being checked or made searchable. */
export const BUSY_TEXTS = ['Checking every record', 'Preparing the search'];

/**
 * Waits until the background work after a load (the check of an untrusted dataset, the
 * search index) is done, so that filters are timed on a page at rest, not against workers
 * competing for the same two cores. Returns how long that took.
 */
export async function waitUntilSettled(page: Page, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  // A function, not a string: the app's CSP forbids the eval a string predicate needs.
  await page.waitForFunction((texts) => !texts.some((text) => document.body.textContent?.includes(text)), BUSY_TEXTS, {
    timeout: timeoutMs,
    polling: 100,
  });
  return Date.now() - started;
}

export const KINDS = ['actor', 'stance', 'type', 'date', 'text'] as const;
export type Kind = (typeof KINDS)[number];

const LEGEND: Partial<Record<Kind, string>> = { actor: 'Claimant', stance: 'Stance', type: 'Claim type' };
const PAIRS = 15;
const TIMEOUT_MS = 30_000;

export interface KindResult extends Summary {
  /** The first interaction of the kind, which may pay for building an index. */
  first: number | null;
  /** Interactions after which the summary did not change within 30 s: left out of the stats. */
  timeouts: number;
  samples: (number | null)[];
  /**
   * The same interactions by Event Timing (the browser's own input-to-next-paint, as INP
   * counts it; 16 stands for "under 16 ms"); null for text put into the box at once, which
   * Event Timing does not see.
   */
  eventTiming: (Summary & { samples: number[] }) | null;
}

/** Calls a function of the page probe (bench/page-probe.js) with JSON arguments. */
export function probe<T = unknown>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`window.__bench.${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`) as Promise<T>;
}

interface Step {
  prepare?: () => Promise<unknown>;
  act: () => Promise<unknown>;
}

/** Single words from event titles, from frequent to rare, found in some events but not most. */
export function textQueries(dataset: Dataset, n: number): string[] {
  const counts = new Map<string, number>();
  for (const event of dataset.events)
    for (const word of new Set(event.title.toLowerCase().match(/\p{L}{5,}/gu) ?? []))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts]
    .filter(([, count]) => count < dataset.events.length / 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
  return Array.from({ length: n }, (_, i) => words[Math.floor((i * words.length) / n)]!);
}

/** Ranges of all three precisions, each around a real event so that it matches something. */
export function dateRanges(dataset: Dataset, n: number): [string, string][] {
  const starts = dataset.events.map((event) => event.date.start).sort();
  return Array.from({ length: n }, (_, i) => {
    const start = starts[Math.floor(((i + 0.5) * starts.length) / n)]!;
    const year = Number(start.slice(0, 4));
    if (i % 3 === 0) return [`${year}`, `${year + 1}`];
    if (i % 3 === 1) return [start.length >= 7 ? start.slice(0, 7) : `${year}-01`, `${year + 2}-12`];
    return [start.length === 10 ? start : `${year}-01-01`, `${year}-12-31`];
  });
}

async function steps(kind: Kind, page: Page, dataset: Dataset): Promise<Step[]> {
  const twice = (step: Step) => [step, step];
  const legend = LEGEND[kind];
  if (legend) {
    const ids = await probe<string[]>(page, 'facetIds', legend);
    if (ids.length === 0) throw new Error(`No enabled checkbox under "${legend}"`);
    return Array.from({ length: PAIRS }, (_, i) =>
      twice({ act: () => page.locator(`[id="${ids[i % ids.length]}"]`).click() }),
    ).flat();
  }
  if (kind === 'text') {
    return textQueries(dataset, PAIRS).flatMap((query) => [
      { act: () => page.locator(SELECTORS.search).fill(query) },
      { act: () => page.locator(SELECTORS.search).fill('') },
    ]);
  }
  const typeDates = (from: string, to: string) => () => probe(page, 'setDates', SELECTORS.from, SELECTORS.to, from, to);
  // The dates are typed untimed; what is timed is Enter, which applies them.
  return dateRanges(dataset, PAIRS).flatMap(([from, to]) => [
    { prepare: typeDates(from, to), act: () => page.keyboard.press('Enter') },
    { prepare: typeDates('', ''), act: () => page.keyboard.press('Enter') },
  ]);
}

async function timed(
  page: Page,
  step: Step,
  pointerOrKey: boolean,
): Promise<{ ms: number | null; event: number | null }> {
  await step.prepare?.();
  await probe(page, 'settle');
  await probe(page, 'arm', SELECTORS.summary, TIMEOUT_MS);
  await step.act();
  const { ms } = (await page.evaluate('window.__bench.pending')) as { ms: number | null };
  const event = await probe<number | null>(page, 'interaction', pointerOrKey);
  await probe(page, 'settle');
  return { ms: ms === null ? null : round(ms), event };
}

/** Runs every kind on an explorer page that has loaded `dataset`, with no filter set. */
export async function measureFilters(page: Page, dataset: Dataset): Promise<Record<Kind, KindResult>> {
  const results = {} as Record<Kind, KindResult>;
  for (const kind of KINDS) {
    const samples: (number | null)[] = [];
    const events: number[] = [];
    for (const step of await steps(kind, page, dataset)) {
      const { ms, event } = await timed(page, step, kind !== 'text');
      samples.push(ms);
      if (event !== null) events.push(event);
    }
    const done = samples.filter((ms): ms is number => ms !== null);
    results[kind] = {
      ...summarize(done),
      first: samples[0] ?? null,
      timeouts: samples.length - done.length,
      samples,
      eventTiming: events.length > 0 ? { ...summarize(events), samples: events } : null,
    };
  }
  return results;
}
