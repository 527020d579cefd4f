/**
 * Every end-to-end test runs with these guards: a request to anything but 127.0.0.1
 * fails the test (and is never sent), and so does an uncaught error in the page or
 * anything the page's Content-Security-Policy blocked.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Runs axe on the page as it is now and fails the test, softly (the test goes on to its next
 * check), on any violation; `label` names the state checked, e.g. "event (dark)".
 *
 * Every rule axe runs by default, but in legacy mode: the default mode gathers a partial
 * result for every node checked, then copies it into a blank page it opens to merge them,
 * which on a full explorer page took 16 s where one run in the page takes 3 s. The pages
 * have no frames, which is all legacy mode leaves out. Only violations are collected.
 */
export async function expectNoAxeViolations(page: Page, label = 'the page') {
  // Colour contrast on every node of a full explorer page takes 3 s on an idle two-core
  // machine and over 10 s beside two busy processes: a test with two runs needs more than 30 s.
  test.slow();
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect.soft(summary, `axe violations on ${label}`).toEqual([]);
}

/** Switches the page's colour scheme in place, once its styles follow it. */
export async function setColorScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await expect
    .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
    .toBe(scheme === 'dark');
}

/** The explorer's live summary, e.g. "294 claims in 40 events". */
export function summary(page: Page) {
  return page.locator('main [aria-live="polite"]').first();
}

let chosen = 0;

/**
 * Chooses files in a file input as a reader would, from disk: the test writes them into its
 * output folder and the browser reads them there. Handed over as bytes, a file travels
 * through Playwright's protocol instead, which took 15 s for the 20 MB import (0.1 s from disk).
 */
export async function chooseFiles(input: Locator, files: readonly { name: string; body: string | Buffer }[]) {
  const folder = test.info().outputPath(`chosen-${++chosen}`);
  mkdirSync(folder, { recursive: true });
  const paths = files.map(({ name, body }) => {
    const path = `${folder}/${name}`;
    writeFileSync(path, body);
    return path;
  });
  await input.setInputFiles(paths);
}
