/**
 * The time axis as a reader drives it: it zooms to the events and the dates chosen and
 * cuts long empty stretches, each bar says what it holds, a click clears the dates and
 * the keyboard moves them.
 */
import type { Page } from '@playwright/test';
import { embedded, expect, expectNoAxeViolations, test } from './fixtures.ts';

const data = embedded();
const years = [...new Set(data.events.map((e) => e.date.start.slice(0, 4)))].sort();
const ticks = (page: Page) => page.locator('figure div[aria-hidden="true"].h-4 span');
const slider = (page: Page) => page.getByRole('slider', { name: 'Dates shown' });

test('the axis cuts the empty stretches between the years with events, and labels each', async ({ page }) => {
  await page.goto('/');
  const axis = page.getByRole('img', { name: /^Claims over time/ });
  await expect(axis).toHaveAttribute(
    'aria-label',
    /The axis skips .*, which have no events\. Busiest period: \w+ \d{4}, \d+ claims\.$/,
  );
  const labels = await ticks(page).allTextContents();
  // The first and last years with events are labelled; a year with none in a cut stretch is not.
  expect(labels).toContain(years[0]);
  expect(labels).toContain(years[years.length - 1]);
  expect(labels).not.toContain('1975');
});

test('each bar says its period and its claims per stance', async ({ page }) => {
  await page.goto('/?from=2004&to=2006');
  const brush = page.getByTestId('time-brush');
  await expect(page.getByRole('img', { name: /^Claims over time, 2004 to 2006/ })).toBeAttached();
  const box = (await brush.boundingBox())!;
  // Hover across the axis until a bar with claims answers.
  for (let x = 0.02; x < 1; x += 0.04) {
    await page.mouse.move(box.x + box.width * x, box.y + 20);
    const text =
      (await page
        .getByTestId('bar-tooltip')
        .textContent()
        .catch(() => '')) ?? '';
    if (/\d+ claims?/.test(text)) break;
  }
  const tooltip = page.getByTestId('bar-tooltip');
  await expect(tooltip).toHaveAttribute('role', 'tooltip');
  await expect(tooltip).toContainText(
    /^(January|February|March|April|May|June|July|August|September|October|November|December) 200[456]: \d+ claims?/,
  );
  await expect(tooltip.locator('li').first()).toHaveText(/^[A-Z][a-z ]+: \d+$/);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
});

test('a click on the axis clears the dates, and the axis zooms out', async ({ page }) => {
  await page.goto('/?from=2004&to=2006');
  await expect(page.getByTestId('time-band')).toBeVisible();
  const box = (await page.getByTestId('time-brush').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByTestId('time-band')).toHaveCount(0);
  await expect(ticks(page).filter({ hasText: years[0]! })).toHaveCount(1);
});

test('the axis keeps still under a drag, and zooms to the dates once it ends', async ({ page }) => {
  await page.goto('/');
  const brush = page.getByTestId('time-brush');
  await expect(page.getByRole('img', { name: /Busiest period: \w+ \d{4}/ })).toBeAttached();
  const box = (await brush.boundingBox())!;
  const before = await ticks(page).allTextContents();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  const band = page.getByTestId('time-band');
  await expect(band).toBeVisible();
  const during = (await band.boundingBox())!;
  // The band covers the dragged stretch, rounded outward to whole units, on the axis as it was.
  expect(during.x).toBeLessThanOrEqual(box.x + box.width * 0.3 + 1);
  expect(during.x + during.width).toBeGreaterThanOrEqual(box.x + box.width * 0.6 - 1);
  expect(await ticks(page).allTextContents()).toEqual(before);
  await page.mouse.up();
  await expect(page).toHaveURL(/from=[\d-]+&to=[\d-]+/);
  const from = new URL(page.url()).searchParams.get('from')!;
  await expect(
    page.getByRole('img', { name: new RegExp(`^Claims over time, [^,]*${from.slice(0, 4)}`) }),
  ).toBeAttached();
  await expect(ticks(page)).not.toHaveText(before);
});

test('the brush works from the keyboard, with its dates spoken in words', async ({ page }) => {
  await page.goto('/?from=2004&to=2005');
  const control = slider(page);
  await control.focus();
  await expect(control).toHaveAttribute('aria-valuetext', '2004 to 2005');
  await expect(control).toHaveAccessibleDescription(/arrows move the dates/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?from=2005&to=2006$/);
  await expect(control).toHaveAttribute('aria-valuetext', '2005 to 2006');
  await expect(control).toBeFocused();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page).toHaveURL(/\?from=2005&to=2005$/);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page).toHaveURL(/\?from=2005&to=2006$/);
  await page.keyboard.press('Delete');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(control).toHaveAttribute('aria-valuetext', 'all dates');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`\\?from=${years[0]}&to=${years[0]}$`));
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('axe finds no violations on the zoomed axis', async ({ page }) => {
  await page.goto('/?from=2004&to=2006');
  await expect(page.getByRole('img', { name: /^Claims over time, 2004 to 2006/ })).toBeAttached();
  await expectNoAxeViolations(page);
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`the axis fits the screen (${name})`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('img', { name: /Busiest period: \w+ \d{4}/ })).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await testInfo.attach(`axis-${name}`, {
      body: await page.locator('figure').first().screenshot(),
      contentType: 'image/png',
    });
  });
}
