import type { Page } from '@playwright/test';
import { embedded, expect, expectNoAxeViolations, test } from './fixtures.ts';

const data = embedded();
const name = (id: string) => data.actors.find((a) => a.id === id)!.name;
/** Claims whose chain steps from one actor straight to the next: the KNB's words through RFE/RL. */
const along = (from: string, to: string) =>
  data.claims.filter((c) => {
    const steps = [c.actorId, ...c.reportedVia];
    return steps.some((id, i) => id === from && steps[i + 1] === to);
  });
const knbViaRferl = along('knb', 'radio-free-europe');
const pick = (page: Page) => new URL(page.url()).searchParams.get('pick');
const graph = (page: Page) => page.locator('[data-relay-graph]');

test('the relay network opens from a link and shows the KNB’s words through RFE/RL', async ({ page }) => {
  expect(knbViaRferl.length).toBeGreaterThan(0);
  await page.goto('/');
  await page.getByRole('button', { name: 'Relays', exact: true }).click();
  await expect(page).toHaveURL(/\?view=relays$/);
  const knb = graph(page).locator('[data-node="knb"]');
  await expect(knb).toHaveAttribute('aria-label', new RegExp(`^${name('knb')} \\(Official\\): made \\d+ claims`));
  await expect(graph(page).locator('[data-edge="knb>radio-free-europe"]')).toHaveAttribute(
    'aria-label',
    `${name('knb')} → ${name('radio-free-europe')}: ${knbViaRferl.length} claim${knbViaRferl.length === 1 ? '' : 's'}`,
  );
  // RFE/RL passes the words on to the wiki article that quotes it.
  await expect(
    graph(page).locator('[data-edge="radio-free-europe>source:anarchopedia-terrorism-in-kazakhstan"]'),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('relays-desktop.png'), fullPage: true });
});

test('selecting a node and an edge, by pointer and keyboard, lists their claims and follows one', async ({ page }) => {
  await page.goto('/?view=relays');
  await graph(page).locator('[data-node="knb"]').click();
  await expect.poll(() => pick(page)).toBe('node:knb');
  const panel = page.getByRole('region', { name: name('knb') });
  await expect(panel.getByRole('heading', { name: /^Claims it made/ })).toBeVisible();
  const made = data.claims.filter((c) => c.actorId === 'knb').length;
  await expect(panel.getByRole('heading', { name: `Claims it made (${made})` })).toBeVisible();

  // The keyboard: Tab reaches the edge, Enter selects it; the link keeps the selection.
  const edge = graph(page).locator('[data-edge="knb>radio-free-europe"]');
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => pick(page)).toBe('edge:knb>radio-free-europe');
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  const edgePanel = page.getByRole('region', { name: `${name('knb')} → ${name('radio-free-europe')}` });
  await expect(edgePanel.getByText(`${knbViaRferl.length} claim`)).toBeVisible();
  const links = edgePanel.getByRole('listitem').getByRole('link');
  await expect(links).toHaveCount(knbViaRferl.length);

  // A reload keeps the selection; the claim's link opens it on its event's page.
  await page.reload();
  const first = knbViaRferl[0]!;
  await page.getByRole('link', { name: first.summary }).first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${first.eventId}\\?.*#claim-${first.id}$`));
  await expect(page.locator(`#claim-${first.id}`)).toHaveClass(/claim-target/);
  await expect(page.locator(`#claim-${first.id}`)).toBeInViewport();
});

test('filters narrow the network', async ({ page }) => {
  await page.goto('/?view=relays');
  await expect(graph(page).locator('[data-node="jund-al-khilafah"]')).toBeVisible();
  const all = await graph(page).locator('[data-node]').count();
  await page.goto('/?stance=official&view=relays');
  await expect(graph(page).locator('[data-node="knb"]')).toBeVisible();
  await expect(graph(page).locator('[data-node="jund-al-khilafah"]')).toHaveCount(0);
  expect(await graph(page).locator('[data-node]').count()).toBeLessThan(all);
  // The amplifiers table counts official claims only: no column for another stance.
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: /Official/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Militant/ })).toHaveCount(0);
});

test('the amplifiers table sorts by its column buttons', async ({ page }) => {
  await page.goto('/?view=relays');
  const table = page.getByRole('table');
  const official = table.getByRole('columnheader', { name: /Official/ });
  await expect(official).toHaveAttribute('aria-sort', 'none');
  await official.getByRole('button').click();
  await expect(official).toHaveAttribute('aria-sort', 'descending');
  const firstCount = await table.locator('tbody tr').first().locator('td').first().textContent();
  const counts = await table.locator('tbody tr td:first-of-type').allTextContents();
  expect(Number(firstCount)).toBe(Math.max(...counts.map(Number)));
  const relay = table.getByRole('columnheader', { name: /Relay/ });
  await relay.getByRole('button').click();
  await expect(relay).toHaveAttribute('aria-sort', 'ascending');
});

test('the blame layer draws who blames whom over the network, and lists it in words', async ({ page }) => {
  await page.goto('/?view=relays');
  await page.getByRole('checkbox', { name: /Show who blames whom/ }).check();
  const summary = page.getByText(/^Who blames whom, as drawn: \d+ dashed arcs?/);
  await expect(summary).toBeVisible();
  await summary.click();
  await expect(
    page
      .locator('details li')
      .filter({ hasText: /→ .*: (blamed|accused|defended|cleared|targeted) in \d+ claims?/ })
      .first(),
  ).toBeVisible();
  await graph(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('relays-blame.png') });
});

test('the relay network passes axe, with a selection open', async ({ page }) => {
  await page.goto('/?view=relays&pick=node:knb');
  await expect(page.getByRole('heading', { name: /^Claims it made/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('on a phone, the graph scrolls in its box and the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=relays&pick=edge:knb%3Eradio-free-europe');
  await expect(graph(page).locator('[data-node="knb"]')).toBeAttached();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await graph(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('relays-phone.png') });
  await page.getByRole('table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('relays-phone-table.png') });
});

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });
  test('the network in dark mode', async ({ page }) => {
    await page.goto('/?view=relays&pick=node:radio-free-europe');
    await expect(page.getByRole('heading', { name: /^Claims it passed on/ })).toBeVisible();
    await graph(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('relays-dark.png') });
    await expectNoAxeViolations(page);
  });
});

test('an event page draws the chains its claims took', async ({ page }) => {
  const claim = knbViaRferl[0]!;
  await page.goto(`/events/${claim.eventId}`);
  const section = page.getByRole('region', { name: 'How the words travelled' });
  const chain = section
    .getByRole('listitem')
    .filter({ hasText: name('knb') })
    .filter({ hasText: name('radio-free-europe') });
  await expect(chain.first()).toBeVisible();
  await chain.first().getByRole('link', { name: claim.summary }).click();
  await expect(page).toHaveURL(new RegExp(`#claim-${claim.id}$`));
  await expect(page.locator(`#claim-${claim.id}`)).toHaveClass(/claim-target/);
  await expectNoAxeViolations(page);
});
