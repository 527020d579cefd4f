import { embedded, expect, test } from './fixtures.ts';

const data = embedded();
const disputed = data.events.find((e) => data.disputes.some((d) => d.eventId === e.id))!;

test('a link to an event opens it, with its disputes and every stance', async ({ page }) => {
  await page.goto(`/events/${disputed.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(disputed.title);
  await expect(page).toHaveTitle(`${disputed.title} · Narratives`);
  const question = data.disputes.find((d) => d.eventId === disputed.id)!.question;
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  for (const stance of ['Official', 'Opposition', 'Analyst']) {
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${stance}`) })).toBeVisible();
  }
});

test('a link to a claim scrolls to it and highlights it', async ({ page }) => {
  const claim = data.claims.filter((c) => c.eventId === disputed.id).at(-1)!;
  await page.goto(`/events/${disputed.id}#claim-${claim.id}`);
  const card = page.locator(`#claim-${claim.id}`);
  await expect(card).toBeInViewport();
  await expect(card).toHaveClass(/claim-target/);
  await expect(card.locator('blockquote')).toContainText(claim.quote.slice(0, 30));
});

test('an unknown event shows a helpful page with a way back', async ({ page }) => {
  await page.goto('/events/no-such-event');
  await expect(page.getByRole('heading', { name: 'No such event' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the explorer' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('an unknown path and an unknown actor show not-found pages', async ({ page }) => {
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
  await page.goto('/actors/%3Cscript%3E');
  await expect(page.getByRole('heading', { name: 'No such actor' })).toBeVisible();
});

test('a claim anchor that points nowhere says so and shows the event', async ({ page }) => {
  await page.goto(`/events/${disputed.id}#claim-nothing-here`);
  await expect(page.getByText('The linked claim “nothing-here” is not part of this event.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(disputed.title);
});

test('a garbled query string is cleaned up, with a notice', async ({ page }) => {
  await page.goto('/?stance=official,martian&type=%E0%A4%A&from=2004-13&utm=1&actor=ghost');
  await expect(page.getByText('Parts of this link were not understood')).toBeVisible();
  await expect(page.getByText('Ignored claimant “ghost”: not in this dataset.')).toBeVisible();
  await expect(page).toHaveURL(/\/\?stance=official$/);
  await expect(page.getByRole('checkbox', { name: /^Official/ })).toBeChecked();
});

test('a long, repeated query string does not break the page', async ({ page }) => {
  await page.goto(`/?q=${'x'.repeat(10_000)}&type=denial&type=denial&type=${'y'.repeat(2000)}`);
  await expect(page.getByText('Shortened the search text to 200 characters.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Denial/ })).toBeChecked();
});

test('a 100 KB link opened inside the app does not break it', async ({ page }) => {
  // Servers refuse request lines this long, so the link is followed client-side, as a
  // pasted or shared link would be inside an open tab.
  await page.goto('/');
  // Inside the app: once it is open and has read its first address.
  await expect(page.locator('main article').first()).toBeVisible();
  await page.evaluate(() => {
    window.history.pushState(null, '', `/?q=${'z'.repeat(100_000)}&stance=official`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByText('Shortened the search text to 200 characters.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Official/ })).toBeChecked();
});

test('a source page lists its claims', async ({ page }) => {
  const source = data.sources[0]!;
  const count = data.claims.filter((c) => c.sourceId === source.id).length;
  await page.goto('/sources');
  await page.getByRole('link', { name: source.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
  await expect(page.locator('main article article')).toHaveCount(count);
});
