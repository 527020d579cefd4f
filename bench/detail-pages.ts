/**
 * The pages of one actor, one source and one event, each the busiest of its kind (the most
 * claims), opened inside the app as a link opens them (the router follows `pushState` and
 * a popstate event) from an explorer at rest: from the navigation to the paint after the
 * page's heading is in, and the size of the page's DOM. Three visits each, Back to the
 * explorer between them; the first pays for loading the page's code.
 */
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { SELECTORS } from './interactions.ts';
import { round, summarize, type Summary } from './stats.ts';

export const DETAIL_KINDS = ['actor', 'source', 'event'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

export interface DetailPageResult extends Summary {
  kind: DetailKind;
  id: string;
  claims: number;
  samples: number[];
  /** Elements in the page once drawn. */
  nodes: number;
}

const VISITS = 3;
const HEADING: Record<DetailKind, string> = { actor: 'actor-name', source: 'source-title', event: 'event-title' };
const PATH: Record<DetailKind, string> = { actor: 'actors', source: 'sources', event: 'events' };

/** The id with the most claims, by the claims' `key`. */
function busiest(dataset: Dataset, key: 'actorId' | 'sourceId' | 'eventId'): { id: string; claims: number } {
  const counts = new Map<string, number>();
  for (const claim of dataset.claims) counts.set(claim[key], (counts.get(claim[key]) ?? 0) + 1);
  let best = { id: '', claims: -1 };
  for (const [id, claims] of counts) if (claims > best.claims) best = { id, claims };
  return best;
}

/** Opens `path` (with the current query) in the app and resolves with the time to the paint after `headingId` is in. */
function openInApp(path: string, headingId: string): string {
  return `(async () => {
    const started = performance.now();
    history.pushState(null, '', ${JSON.stringify(path)} + location.search);
    dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => {
      const check = () => document.getElementById(${JSON.stringify(headingId)})
        ? requestAnimationFrame(() => setTimeout(resolve, 0))
        : requestAnimationFrame(check);
      check();
    });
    return performance.now() - started;
  })()`;
}

/** Runs on an explorer page that has loaded `dataset`, at rest; leaves it on the explorer. */
export async function measureDetailPages(page: Page, dataset: Dataset): Promise<DetailPageResult[]> {
  const targets: Record<DetailKind, { id: string; claims: number }> = {
    actor: busiest(dataset, 'actorId'),
    source: busiest(dataset, 'sourceId'),
    event: busiest(dataset, 'eventId'),
  };
  const results: DetailPageResult[] = [];
  for (const kind of DETAIL_KINDS) {
    const { id, claims } = targets[kind];
    const samples: number[] = [];
    let nodes = 0;
    for (let visit = 0; visit < VISITS; visit++) {
      const path = `/${PATH[kind]}/${encodeURIComponent(id)}`;
      samples.push(round((await page.evaluate(openInApp(path, HEADING[kind]))) as number));
      nodes = (await page.evaluate('document.querySelectorAll("*").length')) as number;
      await page.goBack();
      await page.locator(SELECTORS.firstContent[0]!).first().waitFor();
    }
    results.push({ kind, id, claims, ...summarize(samples), samples, nodes });
  }
  return results;
}
