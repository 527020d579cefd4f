/**
 * npm run bench:soak: a long session on one page. Builds the app, opens the embedded
 * dataset, then follows thousands of in-app links (an event page, back to the explorer
 * with a filter ticked or cleared, another view) in one page, as a reader who never
 * reloads would. Every 250 steps it reports the slowest and median step (click to the
 * page's answer on screen) and the JS heap after a garbage collection, so that a leak or
 * a slowdown shows as a trend. No budget: it is read for flatness.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapAfterGc, launch } from './browser.ts';
import { summarize } from './stats.ts';
import { serveStatic } from './static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'bench/tmp/soak-dist');
const STEPS = Number(process.env.STEPS ?? 2_000);
const EVERY = 250;

execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const server = await serveStatic(DIST, true);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${server.origin}/`);
await page.locator('main ol > li h3 a').first().waitFor();

const stances = ['official', 'opposition', 'analyst'];
const views = ['map', 'compare', 'relays', 'figures'];
let times: number[] = [];
const started = performance.now();
try {
  for (let step = 1; step <= STEPS; step++) {
    const t0 = performance.now();
    const kind = step % 4;
    if (kind === 0) {
      // An event page, by the link in the list, then Back.
      await page.getByRole('button', { name: /^list$/i }).click();
      const links = page.locator('main ol > li h3 a');
      await links.first().waitFor();
      const count = await links.count();
      await links.nth(step % Math.max(count, 1)).click();
      await page.locator('main h1').first().waitFor();
      await page.goBack();
      await page.locator('main h2').first().waitFor();
    } else if (kind === 1) {
      // A stance ticked or unticked: the summary answers.
      await page
        .getByRole('checkbox', { name: new RegExp(`^${stances[step % 3]}`, 'i') })
        .first()
        .click();
      await page.locator('main [aria-live="polite"]').first().waitFor();
    } else if (kind === 2) {
      const view = views[Math.floor(step / 4) % views.length]!;
      await page.getByRole('button', { name: new RegExp(`^${view}$`, 'i') }).click();
      await page.locator('main h2').first().waitFor();
    } else {
      await page.getByRole('link', { name: 'Explorer' }).click();
      await page.locator('main h2').first().waitFor();
    }
    times.push(performance.now() - t0);
    if (step % EVERY === 0) {
      const { median, max } = summarize(times);
      const heap = await heapAfterGc(page);
      console.log(
        `steps ${step - EVERY + 1}-${step}: median ${median} ms, slowest ${max} ms, heap ${(heap / 2 ** 20).toFixed(1)} MiB, ` +
          `${Math.round((performance.now() - started) / 1000)} s`,
      );
      times = [];
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(0);
