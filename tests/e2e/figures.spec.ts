/**
 * Numbers across events: the figures view opens from a link, draws every side's figures
 * per quantity with a link to each claim, and marks the derived ones; the stacked chart
 * of stances under the time axis follows the filters.
 */
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const JANUARY_2022 = '/?view=figures&from=2022-01&to=2022-01';

test('the figures of January 2022 side by side, each point a link to its claim', async ({ page }) => {
  await page.goto(JANUARY_2022);
  await expect(page.getByRole('heading', { level: 2, name: 'Figures across events' })).toBeVisible();
  const killed = page.getByRole('region', { name: 'Killed' });
  await expect(killed).toBeVisible();
  const point = killed.getByRole('link', { name: /^Official, Kassym-Jomart Tokayev: 26 people killed/ });
  await expect(point).toBeVisible();
  // A writer's arithmetic on Tokayev's numbers is said to be derived.
  const attackers = page.getByRole('region', { name: 'Attackers' });
  await expect(attackers.getByRole('link', { name: /^Analyst, .*: 15,000 .*\(derived: / })).toBeVisible();
  await expect(attackers.getByRole('link', { name: /^Official, Kassym-Jomart Tokayev: 20,000/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Arrested or detained' })).toBeVisible();

  await point.click();
  await expect(page).toHaveURL(/\/events\/january-2022-unrest\?[^#]*#claim-jan2022-tokayev-26-killed-5000-arrested$/);
  await expect(page.locator('#claim-jan2022-tokayev-26-killed-5000-arrested')).toBeVisible();
});

test('all events: one row per event in time order, and a table of the same figures', async ({ page }) => {
  await page.goto('/?view=figures');
  const killed = page.getByRole('region', { name: 'Killed' });
  const rows = killed.getByRole('list', { name: /by event in time order/ }).getByRole('listitem');
  await expect(rows.first()).toContainText('2004');
  await expect(rows.last()).toContainText('2022');
  const points = await killed
    .getByRole('list')
    .first()
    .getByRole('link', {
      name: /^(Official|Opposition|Analyst|Militant|Foreign government|International body|Media|Other), /,
    })
    .count();
  expect(points).toBeGreaterThan(3);
  await killed.getByText(/as a table/).click();
  await expect(killed.getByRole('table')).toBeVisible();
  expect(await killed.getByRole('table').getByRole('row').count()).toBe(points + 1);
  await expectNoAxeViolations(page);
});

test('the stacked chart of stances under the time axis has a legend and follows the filters', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('stance-chart');
  const picture = chart.getByRole('img', { name: /^Share of claims by stance over time/ });
  await expect(picture).toHaveAttribute('aria-label', /Overall: Official \d+%/);
  const legend = chart.getByRole('list', { name: /Stances/ });
  await expect(legend.getByRole('listitem')).toHaveCount(8);
  await expect(legend).toContainText('Opposition');
  const before = await picture.getAttribute('aria-label');

  await page.goto('/?stance=official');
  await expect(picture).toHaveAttribute('aria-label', /Overall: Official 100%\. No matching claims: Opposition/);
  expect(await picture.getAttribute('aria-label')).not.toBe(before);
  await expect(legend.getByRole('listitem').filter({ hasText: 'Opposition' })).toContainText('0');
  await expectNoAxeViolations(page);
});

test('on a phone the figures view fits the width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(JANUARY_2022);
  await expect(page.getByRole('region', { name: 'Killed' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
