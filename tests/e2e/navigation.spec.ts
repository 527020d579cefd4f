import type { Page } from '@playwright/test';
import { embedded, expect, summary, test } from './fixtures.ts';

const data = embedded();
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test.describe('a garbled claim anchor is ignored with a notice', () => {
  const event = data.events.find((e) => e.id === 'novocherkassk-massacre-1962')!;

  for (const anchor of ['%E0%A4%A', '%']) {
    test(`on a full load: #claim-${anchor}`, async ({ page }) => {
      await page.goto(`/events/${event.id}#claim-${anchor}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      await expect(page.getByRole('status').filter({ hasText: `claim anchor “#claim-${anchor}”` })).toBeVisible();
      await expect(page.getByText('Something went wrong on this page')).toHaveCount(0);
    });
  }

  test('when the anchor changes on the open page', async ({ page }) => {
    await page.goto(`/events/${event.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    // A new hash on the same page is a navigation within the document, which the router follows.
    await page.goto(`/events/${event.id}#claim-%`);
    await expect(page.getByRole('status').filter({ hasText: 'claim anchor “#claim-%”' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    await expect(page.getByText('Something went wrong on this page')).toHaveCount(0);
  });
});

test.describe('moving between pages', () => {
  test('a new page opens at its top, its heading focused', async ({ page }) => {
    await page.goto('/events/january-2022-unrest');
    const actorLink = page.locator('main a[href^="/actors/"]').last();
    await actorLink.scrollIntoViewIfNeeded();
    expect(await scrollY(page)).toBeGreaterThan(1000);
    await actorLink.click();
    await expect(page).toHaveURL(/\/actors\//);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveAttribute('tabindex', '-1');
    expect(await scrollY(page)).toBe(0);
  });

  test('Back to the explorer returns to where the reader was in the list', async ({ page }) => {
    await page.goto('/');
    await expect(summary(page)).toBeVisible();
    const event = page.locator('main ol > li h3 a').nth(25);
    const title = await event.textContent();
    await event.scrollIntoViewIfNeeded();
    expect(await scrollY(page)).toBeGreaterThan(1000);
    // Where the reader saw the event. Rows not yet drawn above it have an estimated height, so
    // the window's offset may differ on return: the row the reader saw is what is put back.
    const seenAt = (await event.boundingBox())!.y;
    await event.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
    expect(await scrollY(page)).toBe(0);
    await page.goBack();
    const again = page.locator('main ol > li h3 a').nth(25);
    await expect(again).toHaveText(title!);
    await expect(again).toBeInViewport();
    await expect.poll(async () => Math.abs((await again.boundingBox())!.y - seenAt)).toBeLessThan(2);
  });

  test('a link to a claim still scrolls to that claim', async ({ page }) => {
    const claim = data.claims.find((c) => c.id === 'jan2022-tokayev-26-killed-5000-arrested')!;
    await page.goto(`/actors/${claim.actorId}`);
    const link = page.locator(`main a[href$="#claim-${claim.id}"]`).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/events/${claim.eventId}#claim-${claim.id}$`));
    await expect(page.locator(`[id="claim-${claim.id}"]`)).toBeInViewport();
    expect(await scrollY(page)).toBeGreaterThan(0);
  });

  test('Back to a long list returns with as much of it open as the reader left', async ({ page }) => {
    const source = data.sources.find((s) => s.id === 'anarchopedia-terrorism-in-kazakhstan')!;
    const total = data.claims.filter((c) => c.sourceId === source.id).length;
    await page.goto(`/sources/${source.id}`);
    const cards = page.locator('main article[id^="claim-"]');
    await expect(cards).toHaveCount(50);
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await expect(cards).toHaveCount(100);
    await expect(page.getByText(`100 of ${total} claims shown.`)).toBeVisible();
    // A claim of the second page: its event, and Back.
    const card = cards.nth(90);
    const eventLink = card.locator('a[href^="/events/"]').first();
    await eventLink.scrollIntoViewIfNeeded();
    const seenAt = (await card.boundingBox())!.y;
    await eventLink.click();
    await expect(page).toHaveURL(/\/events\//);
    await page.goBack();
    await expect(cards).toHaveCount(100);
    await expect(cards.nth(90)).toBeInViewport();
    await expect.poll(async () => Math.abs((await cards.nth(90).boundingBox())!.y - seenAt)).toBeLessThan(2);
  });

  test('the first page keeps focus at its start: the first Tab is the skip link', async ({ page }) => {
    await page.goto('/events/january-2022-unrest');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  });
});

test('on a phone, ticking a filter in the opened panel keeps the page within the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Show filters' }).click();
  await page.getByRole('checkbox', { name: /^Opposition/ }).check();
  await expect(page).toHaveURL(/\?stance=opposition$/);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('"Skip to results" takes the keyboard past the filters, a few Tabs from the first event', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main ol > li').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Events in time order' })).toBeFocused();
  expect(page.url()).not.toContain('#');
  const firstEvent = page.locator('main ol > li h3 a').first();
  // Past the five view buttons (list, map, relays, compare, figures).
  for (let tabs = 0; tabs < 7 && !(await firstEvent.evaluate((a) => a === document.activeElement)); tabs++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstEvent).toBeFocused();
});

test.describe('figure axes: tick labels never overlap', () => {
  for (const width of [1440, 390]) {
    for (const event of ['january-2022-unrest', 'csto-deployment-2022']) {
      test(`${event} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/events/${event}`);
        await expect(page.getByRole('heading', { level: 2, name: 'Figures' })).toBeVisible();
        const overlaps = () =>
          page.evaluate(() =>
            [
              ...document.querySelectorAll('section[aria-labelledby^="figures-"] > [aria-hidden="true"] > :last-child'),
            ].flatMap((axis) => {
              const labels = [...axis.children].map(
                (label) => [label.textContent, label.getBoundingClientRect()] as const,
              );
              if (labels.length < 2) return ['an axis with fewer than two labels'];
              return labels.slice(1).flatMap(([text, box], i) => {
                const [previousText, previous] = labels[i]!;
                return previous.right > box.left ? [`${previousText} runs into ${text}`] : [];
              });
            }),
          );
        await expect.poll(overlaps).toEqual([]);
      });
    }
  }
});
