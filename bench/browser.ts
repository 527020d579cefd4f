/**
 * Debian's Chromium, driven through Playwright: every page gets a fresh context (no cache),
 * the timing probe, and a guard that aborts and counts any request not to 127.0.0.1.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { round } from './stats.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
declare global {
  interface Window {
    /** Set by bench/page-probe.js. */
    __bench: { firstContent: number | null };
  }
}

const PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));
const VIEWPORT = { width: 1280, height: 900 };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Requests that tried to leave 127.0.0.1, over the whole run; the report requires none. */
export const blockedRequests: string[] = [];

async function openContext(browser: Browser, firstContentSelectors: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1',
    (route) => {
      blockedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await context.addInitScript({ content: `window.__benchSelectors = ${JSON.stringify(firstContentSelectors)};` });
  await context.addInitScript({ path: PROBE });
  return context;
}

export interface Load {
  page: Page;
  /** Navigation start to the frame after every first-content selector is visible. */
  firstContentMs: number;
  /** First contentful paint, as Chromium reports it. */
  fcpMs: number | null;
  /** Lets the requests `load` was told to hold go on. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Opens `url` in a new context and waits for first content; the caller closes it. A request
 * for the path `hold` waits until `release()`: a dataset's JSON, which a page with a
 * companion asks for only after its first screen, so that what is measured of that screen
 * (its heap) does not depend on how far the JSON has come by then.
 */
export async function load(
  browser: Browser,
  url: string,
  selectors: string[],
  timeoutMs = 120_000,
  hold?: string,
): Promise<Load> {
  const context = await openContext(browser, selectors);
  let release = () => {};
  if (hold) {
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(
      (requested) => requested.pathname === hold,
      async (route) => {
        await released;
        await route.continue();
      },
    );
  }
  const page = await context.newPage();
  // A missing file or a crash fails the run at once rather than at the timeout.
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', (error) => reject(new Error(`${url}: ${error.message}`)));
    page.on('response', (response) => {
      // A dataset without a columnar companion answers 404 for it: the app then reads the JSON.
      if (response.status() >= 400 && !/\/favicon\.ico$|\.arrow$/.test(response.url()))
        reject(new Error(`${url}: ${response.url()} answered ${response.status()}`));
    });
  });
  failed.catch(() => undefined);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the app's CSP forbids the eval a string predicate needs.
    const ready = page.waitForFunction(() => window.__bench.firstContent !== null, undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
    await Promise.race([ready, failed]);
  } catch (error) {
    await context.close();
    throw new Error(`No first content (${selectors.join(', ')}) at ${url}`, { cause: error });
  }
  const [firstContentMs, fcpMs] = (await page.evaluate(`[
    window.__bench.firstContent,
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  ]`)) as [number, number | null];
  return {
    page,
    firstContentMs: round(firstContentMs),
    fcpMs: fcpMs && round(fcpMs),
    release,
    close: () => context.close(),
  };
}

/** Bytes of live JS heap after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
