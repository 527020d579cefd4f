import type { Page } from '@playwright/test';
import { STANCES } from '../../src/domain/vocabulary.ts';
import { embedded, expect, expectNoAxeViolations, setColorScheme, test } from './fixtures.ts';

const data = embedded();
const stanceOf = (claim: (typeof data.claims)[number]) =>
  claim.stance ?? data.actors.find((a) => a.id === claim.actorId)!.stance;
const speakers = (eventId: string) => new Set(data.claims.filter((c) => c.eventId === eventId).map(stanceOf));
/** The default columns: every stance that speaks, and official, opposition and analyst whatever they do. */
const defaults = STANCES.filter(
  (s) => ['official', 'opposition', 'analyst'].includes(s) || data.claims.some((c) => stanceOf(c) === s),
);
/** Events in time order, as the app lays them out. */
const byDate = [...data.events].sort((a, b) => a.date.start.localeCompare(b.date.start));

const table = (page: Page) => page.getByRole('table');
const chosen = (page: Page) => page.getByRole('list', { name: 'Chosen columns, left to right' });

test('opens from a link and from the view switch, with every speaking stance as a column', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('group', { name: 'Show events as' }).getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\?view=compare$/);
  await expect(chosen(page).getByRole('listitem')).toHaveCount(defaults.length);
  await expect(table(page).getByRole('rowheader').first()).toContainText(byDate[0]!.title);
});

test('columns are chosen in the link: remove a stance, add an actor, move one', async ({ page }) => {
  await page.goto('/?view=compare');
  await chosen(page).getByRole('button', { name: 'Remove Militant' }).click();
  const rest = defaults.filter((s) => s !== 'militant').map((s) => `stance:${s}`);
  await expect(page).toHaveURL(new RegExp(`cols=${rest.join(',')}(&|$)`));

  await page.getByLabel('Add an actor').fill('KNB');
  await page.getByRole('button', { name: /^Add National Security Committee of Kazakhstan/ }).click();
  await expect(page).toHaveURL(new RegExp(`cols=${[...rest, 'actor:knb'].join(',')}(&|$)`));
  // Eight columns do not fit beside each other: the switch brings the new one into view.
  await page
    .getByRole('group', { name: /^Columns shown/ })
    .getByRole('button', { name: 'National Security Committee of Kazakhstan' })
    .click();
  await expect(
    table(page).getByRole('columnheader', { name: 'National Security Committee of Kazakhstan' }),
  ).toBeVisible();

  await chosen(page).getByRole('button', { name: 'Move National Security Committee of Kazakhstan left' }).click();
  const moved = [...rest.slice(0, -1), 'actor:knb', rest[rest.length - 1]!];
  await expect(page).toHaveURL(new RegExp(`cols=${moved.join(',')}(&|$)`));
});

test('a link with a picked cell opens it selected and in view; its claims link to their place', async ({ page }) => {
  // The last event on which the opposition speaks: far down the table.
  const event = [...byDate].reverse().find((e) => speakers(e.id).has('opposition'))!;
  const claim = data.claims.find((c) => c.eventId === event.id && stanceOf(c) === 'opposition')!;
  await page.goto(`/?view=compare&cols=stance:official,stance:opposition&pick=cell:${event.id}~stance:opposition`);
  const cell = page.locator('td[data-cell-selected]');
  await expect(cell).toBeInViewport();
  await expect(cell.getByRole('button', { pressed: true })).toHaveAccessibleName(
    new RegExp(`^Opposition on ${event.title}`),
  );
  await cell.getByRole('link', { name: claim.summary }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}\\?.*#claim-${encodeURIComponent(claim.id)}$`));
  await expect(page.locator(`[id="claim-${claim.id}"]`)).toHaveClass(/claim-target/);
});

test('selecting a cell puts it in the link; a silent side says so', async ({ page }) => {
  const event = byDate.find((e) => speakers(e.id).has('official') && !speakers(e.id).has('opposition'))!;
  await page.goto('/?view=compare&cols=stance:official,stance:opposition');
  const row = table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: event.title }) });
  await expect(row.getByRole('cell').nth(1)).toContainText('silent');
  await row.getByRole('button', { name: new RegExp(`^Official on ${event.title}`) }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`pick=cell:${event.id}~stance:official$`));
  await expect(row.locator('td[data-cell-selected]')).toHaveCount(1);
});

test('the blindspot count follows the data, and shows just those rows', async ({ page }) => {
  // Events on which officials alone, of every default column, speak.
  const officialOnly = data.events.filter((e) => {
    const spoken = defaults.filter((s) => speakers(e.id).has(s));
    return spoken.length === 1 && spoken[0] === 'official';
  });
  expect(officialOnly.length).toBeGreaterThan(0);
  await page.goto('/?view=compare');
  const button = page.getByRole('group', { name: 'Blindspots' }).getByRole('button', {
    name: `Official only: ${officialOnly.length} event${officialOnly.length === 1 ? '' : 's'}`,
  });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const firstRow = table(page).getByRole('rowheader').first();
  await expect(firstRow).toContainText(byDate.find((e) => officialOnly.includes(e))!.title);
  await expect(firstRow).toContainText('Official only');
  const about = page.locator('#compare-about');
  await expect(about).toContainText(`${officialOnly.length} blindspots of`);
  // The focus on one column's blindspots is part of the link: shared or reloaded, it stays.
  await expect(page).toHaveURL(/\?view=compare&only=stance:official$/);
  await page.reload();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(about).toContainText(`${officialOnly.length} blindspots of`);
  await button.click();
  await expect(page).toHaveURL(/\?view=compare$/);
  await expect(about).not.toContainText('blindspots of');
});

test('the comparison has no accessibility violations, light or dark', async ({ page }) => {
  await page.goto(`/?view=compare&pick=cell:${byDate[0]!.id}~stance:official`);
  await expect(page.locator('td[data-cell-selected]')).toBeVisible();
  // The selected cell's highlight under its words and labels, in the dark too.
  for (const scheme of ['light', 'dark'] as const) {
    await setColorScheme(page, scheme);
    await expectNoAxeViolations(page, `the comparison (${scheme})`);
  }
});

test('a selected cell with claims has no accessibility violations in the dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const spoken = byDate.find((e) => speakers(e.id).has('official'))!;
  await page.goto(`/?view=compare&pick=cell:${spoken.id}~stance:official`);
  await expect(page.locator('td[data-cell-selected] li').first()).toBeVisible();
  await expectNoAxeViolations(page, 'a selected cell with claims (dark)');
});

test('on a phone one column shows at a time, with a switch, and nothing overflows', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=compare');
  const columnheaders = table(page).getByRole('columnheader');
  await expect(columnheaders).toHaveCount(2);
  await expect(columnheaders.nth(1)).toHaveText('Official');
  const switcher = page.getByRole('group', { name: 'Column shown' });
  await switcher.getByRole('button', { name: 'Opposition' }).click();
  await expect(columnheaders.nth(1)).toHaveText('Opposition');
  await expect(switcher.getByRole('button', { name: 'Opposition' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('screenshots: desktop, phone, dark', async ({ page }, testInfo) => {
  test.slow();
  const event = byDate[Math.floor(byDate.length / 2)]!;
  for (const [name, width, height, colorScheme] of [
    ['desktop-top', 1280, 900, 'light'],
    ['desktop', 1280, 900, 'light'],
    ['phone', 390, 844, 'light'],
    ['dark', 1280, 900, 'dark'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    if (name === 'desktop-top') {
      await page.goto('/?view=compare');
      await page.locator('#results').scrollIntoViewIfNeeded();
      await expect(page.getByRole('table')).toBeVisible({ timeout: 15_000 });
    } else {
      await page.goto(`/?view=compare&pick=cell:${event.id}~stance:official`);
      await expect(page.locator('td[data-cell-selected]')).toBeInViewport({ timeout: 15_000 });
    }
    const body = await page.screenshot();
    await testInfo.attach(`compare-${name}`, { body, contentType: 'image/png' });
    if (process.env.COMPARE_SHOTS) await page.screenshot({ path: `${process.env.COMPARE_SHOTS}/compare-${name}.png` });
  }
});
