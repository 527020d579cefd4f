import { embedded, expect, summary, test } from './fixtures.ts';

const data = embedded();
const nurkadilov = data.events.find((e) => e.id === 'nurkadilov-death-2005')!;
const row = (page: import('@playwright/test').Page, eventId: string) =>
  page.locator(`article[aria-labelledby="event-${eventId}"]`);

test('a row tells a silent stance from one whose claims are filtered out', async ({ page }) => {
  await page.goto('/?type=denial&from=2005&to=2005');
  const stances = row(page, nurkadilov.id).getByRole('list', { name: 'Claims by stance' });
  const official = data.claims.filter(
    (c) => c.eventId === nurkadilov.id && data.actors.find((a) => a.id === c.actorId)!.stance === 'official',
  ).length;
  // The officials spoke about the death, but not in a denial: they are not silent.
  await expect(stances.getByRole('listitem').filter({ hasText: 'Official' })).toHaveText(
    new RegExp(`Official\\s*0\\s*matching\\s*of\\s*${official}`),
  );
  // No analyst speaks about it at all.
  await expect(stances.getByRole('listitem').filter({ hasText: 'Analyst' })).toHaveText(/Analyst\s*silent/);
});

test('“no opposition account” lists exactly the events the opposition never speaks about', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('group', { name: 'Silent stances' })
    .getByRole('checkbox', { name: /^No opposition account/ })
    .check();
  await expect(page).toHaveURL(/\?silent=opposition$/);
  const speaks = new Set(
    data.claims
      .filter((c) => (c.stance ?? data.actors.find((a) => a.id === c.actorId)!.stance) === 'opposition')
      .map((c) => c.eventId),
  );
  const silent = data.events.filter((e) => !speaks.has(e.id));
  await expect(summary(page)).toContainText(`in ${silent.length} events`);
  await expect(page.locator('main ol > li')).toHaveCount(silent.length);
});

test('disputed events are marked, with their questions on focus, and a filter finds them', async ({ page }) => {
  const disputed = [...new Set(data.disputes.map((d) => d.eventId))];
  const event = data.events.find((e) => e.id === data.disputes[0]!.eventId)!;
  await page.goto('/');
  const mark = row(page, event.id).getByRole('link', { name: /^Disputed/ });
  await mark.focus();
  const tip = page.locator(`#disputes-${event.id}`);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(data.disputes[0]!.question);
  await expect(mark).toHaveAccessibleDescription(new RegExp(data.disputes[0]!.question.slice(0, 20)));

  await page
    .getByRole('group', { name: 'Disputes' })
    .getByRole('checkbox', { name: /^Accounts disputed/ })
    .check();
  await expect(page).toHaveURL(/\?dispute=disputed$/);
  await expect(summary(page)).toContainText(`in ${disputed.length} events`);
});

test('relays can be explored: Reuters is found by search and by the relay filter', async ({ page }) => {
  const relayed = data.claims.filter((c) => c.reportedVia.includes('reuters'));
  expect(relayed.length).toBeGreaterThan(0);
  await page.goto('/?relay=reuters');
  await expect(summary(page)).toContainText(`${relayed.length} claim`);
  await expect(page.getByRole('button', { name: /Remove relayed by filter/ })).toContainText('Reuters');

  await page.goto('/?q=Reuters');
  await expect(summary(page)).toContainText(`${relayed.length} claim`);
});

test('search counts claims by their own words apart from those of matching events, and reads Cyrillic', async ({
  page,
}) => {
  await page.goto('/?q=KNB');
  const line = page.getByText(/^“KNB”: \d+ claims? match in their own words/);
  await expect(line).toBeVisible();
  const own = Number((await line.textContent())!.match(/“KNB”: (\d+)/)![1]);
  // The claims that say KNB, are the KNB's, pass through it or are about it: far fewer than every claim of a KNB event.
  expect(own).toBeLessThan(40);

  await page.goto(`/?q=${encodeURIComponent('КНБ')}`);
  await expect(page.getByText(new RegExp(`^“КНБ”: ${own} claims match in their own words`))).toBeVisible();
  await page.goto(`/?q=${encodeURIComponent('Назарбаев')}`);
  await expect(summary(page)).not.toContainText('0 claims');
});
