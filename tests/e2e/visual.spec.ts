/**
 * The map, the brushable time axis and the figures charts, driven as a reader would,
 * on whatever the embedded dataset holds today (ids and counts are read from data/).
 */
import type { Page } from '@playwright/test';
import type { NarrativeEvent } from '../../src/domain/schema.ts';
import { embedded, expect, expectNoAxeViolations, setColorScheme, summary, test } from './fixtures.ts';

const data = embedded();
const stanceOf = (claim: (typeof data.claims)[number]) =>
  claim.stance ?? data.actors.find((a) => a.id === claim.actorId)!.stance;
const isPlaced = (e: NarrativeEvent) => e.place.lat !== undefined && e.place.lon !== undefined;

/** The events with a claim of the stance, and their distinct places with coordinates. */
function expectedMap(stance?: string) {
  const ids = new Set(data.claims.filter((c) => !stance || stanceOf(c) === stance).map((c) => c.eventId));
  const events = data.events.filter((e) => (stance ? ids.has(e.id) : true));
  const placed = events.filter(isPlaced);
  const places = new Set(placed.map((e) => `${e.place.name}@${e.place.lat},${e.place.lon}`));
  return { placed: placed.length, unplaced: events.length - placed.length, places: places.size };
}

const markers = (page: Page) => page.getByRole('list', { name: 'Places on the map' }).getByRole('button');

async function markerEventTotal(page: Page): Promise<number> {
  const counts = await markers(page).evaluateAll((buttons) => buttons.map((b) => Number(b.dataset.events)));
  return counts.reduce((sum, n) => sum + n, 0);
}

for (const stance of [undefined, 'official']) {
  test(`the map has a marker for every place of the filtered events (${stance ?? 'no filter'})`, async ({ page }) => {
    const expected = expectedMap(stance);
    await page.goto(stance ? `/?stance=${stance}&view=map` : '/?view=map');
    await expect(markers(page).first()).toBeVisible();
    expect(await markerEventTotal(page)).toBe(expected.placed);
    // Places that would overlap on screen share a marker; the list names each place.
    const count = await markers(page).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(expected.places);
    await page.getByText(/^The map as a list/).click();
    await expect(page.locator('details li[data-place]')).toHaveCount(expected.places);
    if (expected.unplaced > 0) await expect(page.getByRole('heading', { name: 'Not placed on the map' })).toBeVisible();
  });
}

test('a place filter leaves one marker, labelled with its place, events and stances', async ({ page }) => {
  // A place whose events all share one position, so that it makes exactly one marker.
  const event = data.events.find((e) =>
    data.events
      .filter((other) => other.place.name === e.place.name)
      .every((other) => isPlaced(other) && other.place.lat === e.place.lat && other.place.lon === e.place.lon),
  )!;
  const events = data.events.filter(
    (e) => e.place.name === event.place.name && data.claims.some((c) => c.eventId === e.id),
  );
  await page.goto(`/?place=${encodeURIComponent(event.place.name).replace(/%20/g, '+')}&view=map`);
  await expect(markers(page)).toHaveCount(1);
  const label = await markers(page).first().getAttribute('aria-label');
  expect(label).toContain(event.place.name);
  expect(label).toContain(`${events.length} event`);
  expect(label).toMatch(/\d+ claims?: \d+ [a-z]/);
});

test('selecting a marker lists its events, and one opens with the filters kept', async ({ page }) => {
  await page.goto('/?view=map');
  const marker = markers(page).first();
  await marker.click();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('#map-panel');
  await expect(panel.getByRole('heading')).toBeFocused();
  const link = panel.getByRole('link').first();
  const title = await link.textContent();
  await link.click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\?view=map$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await page.goBack();
  await expect(markers(page).first()).toBeVisible();
});

test('markers work from the keyboard: Enter lists the events, Escape returns to the marker', async ({ page }) => {
  await page.goto('/?view=map');
  const marker = markers(page).first();
  await marker.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('#map-panel');
  await expect(panel.getByRole('heading')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(marker).toBeFocused();
});

test('the view is part of the link: view=map opens the map, the switch writes it', async ({ page }) => {
  await page.goto('/');
  const map = page.getByRole('button', { name: 'Map', exact: true });
  await expect(map).toHaveAttribute('aria-pressed', 'false');
  await map.click();
  await expect(page).toHaveURL(/\/\?view=map$/);
  await expect(map).toHaveAttribute('aria-pressed', 'true');
  await expect(markers(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.locator('main ol > li').first()).toBeVisible();
  await page.goto('/?view=map');
  await expect(markers(page).first()).toBeVisible();
});

/** Events with a claim whose event dates meet [from, to] (partial dates: whole years here). */
function eventsBetween(from: string, to: string) {
  return data.events.filter((e) => {
    const end = e.date.end ?? e.date.start;
    return end.slice(0, 4) >= from && e.date.start.slice(0, 4) <= to && data.claims.some((c) => c.eventId === e.id);
  }).length;
}

test('brushing the time axis sets from and to, the URL and the list; typed dates zoom the axis', async ({ page }) => {
  await page.goto('/');
  const brush = page.getByTestId('time-brush');
  const box = (await brush.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.95, y, { steps: 5 });
  await page.mouse.up();
  // A long brush sets whole years.
  await expect(page).toHaveURL(/\/\?from=\d{4}&to=\d{4}$/);
  const url = new URL(page.url());
  const from = url.searchParams.get('from')!;
  const to = url.searchParams.get('to')!;
  expect(Number(to)).toBeGreaterThan(Number(from));
  await expect(page.getByRole('textbox', { name: /^from$/i })).toHaveValue(from);
  await expect(summary(page)).toContainText(`in ${eventsBetween(from, to)} event`);
  await expect(page.locator('main ol > li')).toHaveCount(eventsBetween(from, to));
  await expect(page.getByTestId('time-band')).toContainText(`${from} – ${to}`);

  await page.getByRole('textbox', { name: /^from$/i }).fill('2011');
  await page.getByRole('textbox', { name: /^to$/i }).fill('2011');
  await page.getByRole('textbox', { name: /^to$/i }).press('Enter');
  await expect(page).toHaveURL(/\?from=2011&to=2011$/);
  await expect(page.getByTestId('time-band')).toContainText('2011 – 2011');
  // The axis zooms to the dates typed: the band spans it, and its labels are 2011's.
  await expect(page.getByRole('img', { name: /^Claims over time, 2011, by stance/ })).toBeAttached();
  const band = (await page.getByTestId('time-band').boundingBox())!;
  expect(band.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(band.x + band.width).toBeLessThanOrEqual(box.x + box.width + 1);
});

/** The event whose figures disagree most often: at least two figures for one quantity. */
const figureEvent = data.events.find((e) => {
  const quantities = data.claims
    .filter((c) => c.eventId === e.id)
    .flatMap((c) => (c.figures ?? []).map((f) => `${f.quantity}:${f.unit ?? ''}`));
  return quantities.some((q, i) => quantities.indexOf(q) !== i);
})!;

test('a figures chart puts each side’s figures on one axis, each linking to its claim', async ({ page }) => {
  const claims = data.claims.filter((c) => c.eventId === figureEvent.id && c.figures?.length);
  const figures = claims.flatMap((c) => c.figures!);
  await page.goto(`/events/${figureEvent.id}`);
  const section = page.locator('section[aria-labelledby="figures-heading"]');
  await expect(section.getByRole('heading', { name: 'Figures', level: 2 })).toBeVisible();
  await expect(section.getByText(/^(Figures for .* range from|One figure for|All \d+ figures)/).first()).toBeVisible();
  const links = section.getByRole('link');
  await expect(links).toHaveCount(figures.length);
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
  expect(new Set(hrefs)).toEqual(new Set(claims.map((c) => `#claim-${c.id}`)));

  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${figureEvent.id}#claim-`));
  const hash = new URL(page.url()).hash;
  await expect(page.locator(hash)).toHaveClass(/claim-target/);
  await expect(page.locator(hash)).toBeInViewport();
});

// Each state is checked in the light, then switched to dark in place (the scheme changes
// colours only), so that one load serves both checks.
for (const [name, path] of [
  ['map', '/?view=map'],
  ['map, marker selected', '/?view=map&stance=official'],
  ['event with figures', `/events/${figureEvent.id}`],
  ['brushed explorer', '/?from=2004&to=2006'],
] as const) {
  test(`axe finds no violations: ${name}, light and dark`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    if (path.includes('view=map')) await expect(markers(page).first()).toBeVisible();
    if (path.startsWith('/events/')) await expect(page.getByRole('heading', { name: 'Figures' })).toBeVisible();
    if (name.includes('selected')) {
      await markers(page).first().click();
      await expect(page.locator('#map-panel')).toBeVisible();
    }
    for (const scheme of ['light', 'dark'] as const) {
      await setColorScheme(page, scheme);
      await expectNoAxeViolations(page, `${name} (${scheme})`);
    }
  });
}

test('on a phone the map, the axis and the figures fit the screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [name, path] of [
    ['map', '/?view=map'],
    ['figures', `/events/${figureEvent.id}`],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    if (name === 'map') await expect(markers(page).first()).toBeVisible();
    // Measured once the page has settled: its web fonts in, the map sized to its box.
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await testInfo.attach(`phone-${name}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  }
});
