/**
 * Every end-to-end test runs with these guards: a request to anything but 127.0.0.1
 * fails the test (and is never sent), and so does an uncaught error in the page or
 * anything the page's Content-Security-Policy blocked.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/schema.ts';

export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page }, use) => {
      const outside: string[] = [];
      const errors: string[] = [];
      await page.context().route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1')
          return route.continue();
        outside.push(url.href);
        return route.abort('blockedbyclient');
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
      });
      await use();
      expect(outside, 'requests that left 127.0.0.1').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(await page.context().cookies(), 'cookies set').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The embedded dataset, read from data/, so tests follow it as it grows. */
export function embedded(): Dataset {
  const read = (table: string) => JSON.parse(readFileSync(`data/${table}.json`, 'utf8'));
  return {
    sources: read('sources'),
    actors: read('actors'),
    events: read('events'),
    claims: read('claims'),
    disputes: read('disputes'),
  };
}

export async function expectNoAxeViolations(page: Page) {
  // Checking every node of a full explorer page (colour contrast above all) takes seconds,
  // and several times as long on a busy two-core machine.
  test.slow();
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The explorer's live summary, e.g. "294 claims in 40 events". */
export function summary(page: Page) {
  return page.locator('main [aria-live="polite"]').first();
}
