import { embedded, expect, summary, test } from './fixtures.ts';

const data = embedded();
const claimCount = data.claims.length;
const eventCount = data.events.length;

test('opens on the whole dataset, events in time order', async ({ page }) => {
  await page.goto('/');
  await expect(summary(page)).toHaveText(`${claimCount} claims in ${eventCount} events — the whole dataset`);
  // The rows enter a few at a time (the first screen's worth, then the rest when idle).
  await expect(page.locator('main ol > li h3')).toHaveCount(eventCount);
  const titles = await page.locator('main ol > li h3').allTextContents();
  const sorted = [...data.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  expect(titles[0]).toBe(sorted[0]!.title);
});

test('a filter changes the list and the URL; Back and Forward restore both', async ({ page }) => {
  await page.goto('/');
  const opposition = data.claims.filter(
    (c) => (c.stance ?? data.actors.find((a) => a.id === c.actorId)!.stance) === 'opposition',
  );
  const oppositionEvents = new Set(opposition.map((c) => c.eventId)).size;

  await page.getByRole('checkbox', { name: /^Opposition/ }).check();
  await expect(page).toHaveURL(/\?stance=opposition$/);
  await expect(summary(page)).toHaveText(`${opposition.length} claims in ${oppositionEvents} events`);
  await expect(page.locator('main ol > li')).toHaveCount(oppositionEvents);

  const type = opposition[0]!.type;
  const typeBox = page.locator(`input[type=checkbox][id$="-${type}"]`);
  await typeBox.check();
  await expect(page).toHaveURL(new RegExp(`\\?stance=opposition&type=${type}$`));

  // Filter edits replace the history entry; moving to a page pushes one.
  await page.locator('main ol > li h3 a').first().click();
  await expect(page).toHaveURL(new RegExp(`/events/[a-z0-9-]+\\?stance=opposition&type=${type}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/\\?stance=opposition&type=${type}$`));
  await expect(typeBox).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`/events/[a-z0-9-]+\\?stance=opposition&type=${type}$`));
  await page.goBack();
  await expect(typeBox).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Opposition/ })).toBeChecked();
  await expect(page.locator('main ol > li').first()).toBeVisible();
});

test('facet options show counts and disable the empty ones', async ({ page }) => {
  await page.goto('/?type=casualties');
  const militant = data.actors.filter((a) => a.stance === 'militant').map((a) => a.id);
  const militantCasualties = data.claims.filter(
    (c) => c.type === 'casualties' && !c.stance && militant.includes(c.actorId),
  ).length;
  const option = page.getByRole('checkbox', { name: /^Militant/ });
  if (militantCasualties === 0) await expect(option).toBeDisabled();
  else await expect(option).toBeEnabled();
});

test('a box ticked in a long list stays in its place and keeps the keyboard’s focus', async ({ page }) => {
  await page.goto('/');
  const boxes = page.getByRole('group', { name: 'Claimant', exact: true }).getByRole('checkbox');
  // More actors than the list shows at first: it shows the busiest, and a box to find the rest.
  await expect(page.getByRole('button', { name: /^Show all \d+ claimants$/ })).toBeVisible();
  const order = () => boxes.evaluateAll((inputs) => inputs.map((input) => input.id));
  const before = await order();
  const fourth = boxes.nth(3);
  // Each box's id ends with its actor's id (the longest that fits: one id may end another).
  const actorId = data.actors
    .map((a) => a.id)
    .filter((id) => before[3]!.endsWith(`-${id}`))
    .sort((a, b) => b.length - a.length)[0]!;
  await fourth.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${actorId}$`));
  await expect(summary(page)).not.toContainText('the whole dataset');
  await expect(fourth).toBeChecked();
  await expect(fourth).toBeFocused();
  expect(await order()).toEqual(before);

  await page.keyboard.press('Space');
  await expect(summary(page)).toContainText('the whole dataset');
  await expect(fourth).not.toBeChecked();
  await expect(fourth).toBeFocused();
  expect(await order()).toEqual(before);
});

test('a box found by a search and unticked stays where it was, with the keyboard’s focus', async ({ page }) => {
  await page.goto('/');
  const group = page.getByRole('group', { name: 'Claimant', exact: true });
  const boxes = group.getByRole('checkbox');
  // One of the quietest claimants: not among the busiest the list shows at first.
  const claimsBy = (id: string) => data.claims.filter((c) => c.actorId === id).length;
  const quiet = data.actors.filter((a) => claimsBy(a.id) === 1).at(-1)!;
  const box = group.getByRole('checkbox', {
    name: new RegExp(`^${quiet.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  });
  await expect(box).toHaveCount(0);
  const find = group.getByRole('searchbox', { name: 'Find claimants' });
  await find.fill(quiet.name);
  await box.check();
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${quiet.id}$`));
  await find.fill('');
  // Ticked, it is shown after the busiest.
  await expect(boxes).toHaveCount(13);
  await expect(boxes.last()).toBeChecked();
  await boxes.last().focus();
  await page.keyboard.press('Space');
  await expect(summary(page)).toContainText('the whole dataset');
  await expect(boxes).toHaveCount(13);
  await expect(boxes.last()).not.toBeChecked();
  await expect(boxes.last()).toBeFocused();
  // Searched again, the list is the busiest and the ticked ones only.
  await find.fill('a');
  await find.fill('');
  await expect(boxes).toHaveCount(12);
});

test('date range narrows to the span of partial dates', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: /^from$/i }).fill('2011');
  await page.getByRole('textbox', { name: /^to$/i }).fill('2011');
  await page.getByRole('textbox', { name: /^to$/i }).press('Enter');
  await expect(page).toHaveURL(/\?from=2011&to=2011$/);
  const years = await page.locator('main ol > li time').allTextContents();
  expect(years.length).toBeGreaterThan(0);
  for (const text of years) expect(text).toMatch(/2011/);
});

test('an empty result says which filter excluded everything, and clears in one click', async ({ page }) => {
  await page.goto('/?q=Zhanaozen&stance=militant');
  await expect(summary(page)).toHaveText('0 claims in 0 events');
  await expect(page.getByText('No claim matches every filter.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(summary(page)).toContainText(`${claimCount} claims`);
});

test('search finds aliases and transliterations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('HuT');
  await expect(page).toHaveURL(/\?q=HuT$/);
  await expect(page.locator('main ol > li h3', { hasText: /Hizb/i }).first()).toBeVisible();

  await page.goto('/?q=Janaozen');
  await expect(page.locator('main ol > li h3', { hasText: /Zhanaozen/ }).first()).toBeVisible();

  await page.goto('/?q=Nazarbaev');
  await expect(summary(page)).toContainText(/^\d+ claims/);
  const count = Number((await summary(page).textContent())!.split(' ')[0]);
  expect(count).toBeGreaterThan(0);
});
