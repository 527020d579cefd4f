/**
 * A few hundred hostile links followed in one page, as a page elsewhere could send a
 * reader: most in the app (pushState and popstate, as the router sees Back and Forward),
 * every twentieth by a full load. Each must settle with something to read in <main>:
 * not blank, not loading, not the error boundary; nothing it carries may run, and the
 * address it settles on must be one the app would write itself.
 */
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { canonicalSearch, decodeFilters } from '../../src/domain/url-codec.ts';
import { hostileLink } from '../../src/test/hostile-links.ts';
import { embedded, expect, test } from './fixtures.ts';

/** The cases of issue 22, and the links that first broke the app, before the generated ones. */
const KNOWN = [
  '/actors/  data:text/html,<script>window.__pwned=1</script>',
  '/sources/registan-2004-otan-bombing?__defineGetter__=%3F&from=2004&from=1962&to=%09//evil.example/x.json&to=2004-11&view%C4%B0&view%E2%80%8D=map,constructor,list,list&stance=___',
  '/?dataset%20=%CC%81%CC%81%CC%81constructor',
  '/events/..%2F..%2Fetc%2Fpasswd#claim-%E0%A4%A',
  `/events/${embedded().events[0]!.id}#claim-%E0%A4%A`,
  "/?q=it's&place=Ak'tau",
  "/?dataset=/it's.json",
  `/?q=a${encodeURIComponent('😀'.repeat(150))}`,
  '/?dataset=/.//evil.example/x.json',
];
const LINKS = [...KNOWN, ...fc.sample(hostileLink, { seed: 22, numRuns: 200 })];

/** How the page arrives at `link`: every twentieth by a full load, the others in the app. */
async function follow(page: Page, link: string, index: number) {
  if (index % 20 === 19) return page.goto(link);
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, link);
}

/** Whether the app would leave this address as it is (else it writes it again, and again…). */
function isCanonical(href: string): boolean {
  const { search } = new URL(href);
  return canonicalSearch(decodeFilters(search).filters, search) === search;
}

/**
 * Whether the page goes quiet: the browser finds it idle with no address written since
 * it was last idle. A page that rewrites its address for ever is never idle, or writes
 * again in between. Also whether anything a link carried has run.
 */
async function quietAfter(): Promise<{ quiet: boolean; pwned: boolean }> {
  const counted = window as unknown as { __replaces: number };
  const idle = () =>
    new Promise<boolean>((resolve) => requestIdleCallback((d) => resolve(!d.didTimeout), { timeout: 500 }));
  let quiet = false;
  for (let tries = 0; tries < 10 && !quiet; tries++) {
    const before = counted.__replaces;
    quiet = (await idle()) && counted.__replaces === before;
  }
  return { quiet, pwned: 'pwned' in window || '__pwned' in window };
}

// A trace of a few hundred navigations costs more than the navigations themselves.
test.use({ trace: 'off' });

test('hostile links always settle with something to read', async ({ page }) => {
  test.setTimeout(120_000);
  // Counts the address writes: an app rewriting its address for ever would pile them up.
  await page.addInitScript(() => {
    const replace = history.replaceState.bind(history);
    const counted = window as unknown as { __replaces: number };
    counted.__replaces = 0;
    history.replaceState = (...args) => {
      counted.__replaces++;
      replace(...args);
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A request elsewhere that the Content-Security-Policy stopped is still one the app tried.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto('/');

  for (const [index, link] of LINKS.entries()) {
    await follow(page, link, index);
    // Settled: the app has read the link (its address is canonical) and <main> shows a page.
    await expect
      .poll(
        async () => {
          const [href, text] = await page.evaluate(() => [location.href, document.querySelector('main')?.innerText]);
          return isCanonical(href!) && /^(?!Loading)(?![\s\S]*Something went wrong)\S/.test(text?.trim() ?? '')
            ? 'settled'
            : `${href}\n${text?.slice(0, 200)}`;
        },
        { message: `after ${link}`, intervals: [10, 20, 50, 100], timeout: 5_000 },
      )
      .toBe('settled');
    const { pwned, quiet } = await page.evaluate(quietAfter);
    expect(quiet, `the address stops changing after ${link}`).toBe(true);
    expect(pwned, link).toBe(false);
    expect(errors, link).toEqual([]);
  }
});
