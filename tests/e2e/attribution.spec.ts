import { readFileSync } from 'node:fs';
import { chooseFiles, embedded, expect, summary, test } from './fixtures.ts';

const data = embedded();
const actorName = (id: string) => data.actors.find((a) => a.id === id)!.name;
const stepnogorsk = data.events.find((e) => e.id === 'stepnogorsk-cell-2006')!;
const knbArrest = data.claims.find(
  (c) => c.eventId === stepnogorsk.id && c.actorId === 'knb' && c.type === 'legal-action' && c.form === 'act',
)!;

test('stance=official finds the KNB’s arrests at Stepnogorsk, filed as the KNB’s act', async ({ page }) => {
  await page.goto(`/?stance=official&place=${encodeURIComponent(stepnogorsk.place.name)}`);
  const row = page.locator(`article[aria-labelledby="event-${stepnogorsk.id}"]`);
  await expect(row.getByRole('list', { name: 'Claims by stance' })).toContainText(/Official\s*\d/);
  await expect(row.getByRole('list', { name: 'Matching claims' })).toContainText(actorName('knb'));

  await row
    .getByRole('link', { name: actorName('knb') })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/events/${stepnogorsk.id}\\?`));
  const official = page.locator('section[aria-labelledby="column-official"]');
  await expect(official).not.toContainText('Silent');
  const card = page.locator(`#claim-${knbArrest.id}`);
  await expect(card).toBeVisible();
  // The card tells the act from a statement, says how the claimant is known, and who relayed it.
  await expect(card).toContainText('Act · Named in the source');
  await expect(card).toContainText(`Reported via ${actorName(knbArrest.reportedVia[0]!)}`);
});

test('an inferred claimant says so on its card, with the editors’ reason', async ({ page }) => {
  const inferred = data.claims.find((c) => c.attribution === 'inferred' && c.form === 'act')!;
  await page.goto(`/events/${inferred.eventId}#claim-${inferred.id}`);
  const card = page.locator(`#claim-${inferred.id}`);
  await expect(card).toContainText(`Act · Claimant inferred: ${inferred.attributionNote!}`);
});

test('the form and attribution filters are in the link and count what they hold', async ({ page }) => {
  await page.goto('/');
  const acts = data.claims.filter((c) => c.form === 'act').length;
  await page.getByRole('group', { name: 'Form' }).getByRole('checkbox', { name: /^Act/ }).check();
  await expect(page).toHaveURL(/\?form=act$/);
  await expect(summary(page)).toContainText(`${acts} claims`);
  const explicitActs = data.claims.filter((c) => c.form === 'act' && c.attribution === 'explicit').length;
  await page
    .getByRole('group', { name: 'Who is named as claimant' })
    .getByRole('checkbox', { name: /^Named in the source/ })
    .check();
  await expect(page).toHaveURL(/\?form=act&attribution=explicit$/);
  await expect(summary(page)).toContainText(`${explicitActs} claims`);
  await page.reload();
  await expect(summary(page)).toContainText(`${explicitActs} claims`);
});

test('the KNB’s page lists the opposition among those it accused, and “about” finds that claim', async ({ page }) => {
  const accusation = data.claims.find(
    (c) => c.actorId === 'knb' && c.object?.some((o) => o.actorId === 'kazakh-opposition' && o.role === 'accused'),
  )!;
  await page.goto('/actors/knb');
  const blames = page.getByRole('list', { name: `Actors ${actorName('knb')}’s claims are about` });
  const opposition = blames
    .getByRole('listitem')
    .filter({ hasText: actorName('kazakh-opposition') })
    .first();
  await expect(opposition).toContainText('accused');
  await expect(opposition.getByRole('link', { name: accusation.summary })).toBeVisible();

  // The other side of the same edge, on the opposition's page.
  await page.goto('/actors/kazakh-opposition');
  await expect(
    page.getByRole('list', { name: `Actors whose claims are about ${actorName('kazakh-opposition')}` }),
  ).toContainText(actorName('knb'));

  await page.goto('/?about=kazakh-opposition');
  const about = data.claims.filter((c) => c.object?.some((o) => o.actorId === 'kazakh-opposition'));
  await expect(summary(page)).toContainText(`${about.length} claim`);
  await expect(page.getByRole('button', { name: /Remove about filter/ })).toContainText(actorName('kazakh-opposition'));
  const event = data.events.find((e) => e.id === accusation.eventId)!;
  const row = page.locator(`article[aria-labelledby="event-${event.id}"]`);
  await expect(row.getByRole('list', { name: 'Matching claims' })).toContainText(accusation.summary.slice(0, 40));
});

test('a file of the first format imports and opens', async ({ page }) => {
  const old = readFileSync('tests/fixtures/format-1-dataset.json', 'utf8');
  await page.goto('/import');
  await chooseFiles(page.getByLabel('Drop your JSON files here, or choose them'), [
    { name: 'old-format.json', body: old },
  ]);
  await expect(page.getByText('Showing old-format.json, imported and kept in this browser.')).toBeVisible();
  const claims = (JSON.parse(old) as { claims: { said?: string }[] }).claims;
  await expect(summary(page)).toContainText(`${claims.length} claims in 2 events`);
});

test('a link to a claim that moved to another event leads there', async ({ page }) => {
  const moved = data.claims.find((c) => c.id === 'rfe-stepnogorsk-zhamaat-broken-up')!;
  await page.goto(`/events/${stepnogorsk.id}#claim-${moved.id}`);
  const event = data.events.find((e) => e.id === moved.eventId)!;
  await page.getByRole('status').getByRole('link', { name: event.title }).click();
  await expect(page.locator(`#claim-${moved.id}`)).toHaveClass(/claim-target/);
});
