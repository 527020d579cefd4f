import { embedded, expect, expectNoAxeViolations, setColorScheme, test } from './fixtures.ts';

const data = embedded();
const event = data.events.find((e) => data.disputes.some((d) => d.eventId === e.id))!;
const actor = data.actors.find((a) => data.claims.some((c) => c.actorId === a.id))!;

const routes = [
  ['explorer', '/'],
  ['filtered explorer', '/?stance=official&type=casualties'],
  ['empty result', '/?q=zzzz'],
  ['event', `/events/${event.id}`],
  ['actor', `/actors/${actor.id}`],
  ['sources', '/sources'],
  ['source', `/sources/${data.sources[0]!.id}`],
  // Long enough to be shown a page at a time, with the buttons for more.
  ['long source', '/sources/anarchopedia-terrorism-in-kazakhstan'],
  ['event with a long column', '/events/january-2022-unrest'],
  ['about', '/about'],
  ['not found', '/events/missing'],
  ['garbled link', '/?type=bogus'],
] as const;

// Each page is checked in the light, then switched to dark in place: the scheme changes
// colours only, so one load serves both checks.
for (const [name, path] of routes) {
  test(`axe finds no violations: ${name}, light and dark`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    for (const scheme of ['light', 'dark'] as const) {
      await setColorScheme(page, scheme);
      await expectNoAxeViolations(page, `${name} (${scheme})`);
    }
  });
}

test('a keyboard-only journey: search, filter, open an event, go back', async ({ page }) => {
  await page.goto('/');
  // The reader starts once the explorer is on screen.
  await expect(page.locator('main article').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Skip the header, into the filters.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('Atyrau');
  await expect(page).toHaveURL(/\?q=Atyrau$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^Official/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?q=Atyrau&stance=official$/);

  const firstEvent = page.locator('main ol > li h3 a').first();
  await firstEvent.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\//);
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^Official/ })).toBeChecked();
});

test('on a phone the filters fold away and the stance columns stack', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
  await page.getByRole('button', { name: 'Show filters' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  await page.goto(`/events/${event.id}`);
  const columns = page.locator('section[aria-labelledby^="column-"]');
  const first = await columns.nth(0).boundingBox();
  const second = await columns.nth(1).boundingBox();
  expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
