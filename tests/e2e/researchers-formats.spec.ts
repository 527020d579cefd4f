import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chooseFiles, embedded, expect, expectNoAxeViolations, summary, test } from './fixtures.ts';

const data = embedded();
const PICKER = 'Drop your JSON files here, or choose them';

async function importText(page: Page, name: string, text: string) {
  await chooseFiles(page.getByLabel(PICKER), [{ name, body: text }]);
}

const HEADER = 'Event,Event_Date,Place,Actor,Stance,Type,Quote,Summary,Source,Source_Date,Reported_Via';
const ROWS = [
  'Blasts in Almaty,2004-11,Almaty,Moldiar Orazaliev,official,characterization,most likely hooliganism,The police chief called it hooliganism.,Otan Bombing,2004-11-29,AFP > Nathan Hamm',
  'Blasts in Almaty,2004-11,Almaty,Kazakh opposition,goverment,denial,"we had nothing to do with it, nothing",The opposition denied any part.,Otan Bombing,2004-11-29,',
];

test('a CSV with a misspelt stance on row 3 names that row and column, and the embedded dataset is untouched', async ({
  page,
}) => {
  await page.goto('/import');
  await importText(page, 'claims.csv', [HEADER, ...ROWS].join('\r\n'));
  await expect(page.getByRole('alert')).toContainText(
    'claims.csv row 3, column "stance": "goverment" is not a stance; did you mean "official"?',
  );
  await expect(page.getByText('Nothing was changed.')).toBeVisible();
  await page.getByText('The columns').click();
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(summary(page)).toContainText(`${data.claims.length} claims`);
});

test('the template downloads, and opens as a dataset; so does an Excel sheet with a BOM and semicolons', async ({
  page,
}) => {
  await page.goto('/import');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the template (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('narratives-template.csv');
  const template = readFileSync((await download.path())!, 'utf8');
  await importText(page, 'template.csv', template);
  await expect(page).toHaveURL(/\/\?dataset=local(?::|%3A)template-/);
  await expect(summary(page)).toContainText('2 claims in 2 events');

  await page.goto('/import');
  const excel =
    '\uFEFF' +
    [HEADER, ROWS[0]!, ROWS[1]!.replace('goverment', 'Opposition')]
      .map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';'))
      .join('\r\n');
  await importText(page, 'excel.csv', excel);
  await expect(summary(page)).toContainText('2 claims in 1 event');
});

test('a filtered view exported as a data package opens again as the same view; CSV for Excel has a BOM', async ({
  page,
}) => {
  await page.goto('/?stance=opposition');
  await expect(summary(page)).toHaveText(/^\d+ claims? in \d+ events?$/);
  const filtered = (await summary(page).textContent())!.match(/(\d+) claims? in (\d+) events?/)!;
  const exportGroup = page.getByRole('group', { name: 'Export these claims' });

  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup.getByRole('button', { name: 'Data package', exact: true }).click(),
  ]);
  expect(zip.suggestedFilename()).toMatch(/^narratives-stance-opposition-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = (await zip.path())!;

  await exportGroup.getByLabel('CSV for Excel').check();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup.getByRole('button', { name: 'CSV', exact: true }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^narratives-stance-opposition-.*\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFFclaim_id,event_id,event_title,')).toBe(true);

  await page.goto('/import');
  await chooseFiles(page.getByLabel(PICKER), [{ name: 'package.zip', body: readFileSync(zipPath) }]);
  await expect(page).toHaveURL(/\/\?dataset=local(?::|%3A)narratives-stance-opposition-/);
  await expect(summary(page)).toContainText(`${filtered[1]} claims in ${filtered[2]} events`);

  // The Excel CSV opens too, with the same claims.
  await page.goto('/import');
  await importText(page, 'excel.csv', text);
  await expect(summary(page)).toContainText(`${filtered[1]} claims in ${filtered[2]} events`);
});

test('"Cite" gives the relay chain, with BibTeX, RIS and CSL-JSON beside it; a view exports its sources as a bibliography', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const claim = data.claims.find((c) => c.reportedVia.length >= 2)!;
  const name = (id: string) => data.actors.find((a) => a.id === id)!.name;
  const chain = claim.reportedVia.map(name).join(' → ');
  await page.goto(`/events/${claim.eventId}#claim-${claim.id}`);
  const card = page.locator(`#claim-${claim.id}`);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await card.getByRole('button', { name: 'Cite', exact: true }).click();
  await expect(card.getByText('Citation copied')).toBeVisible();
  expect(await clipboard()).toContain(`${name(claim.actorId)}, reported via ${chain}: “${claim.quote}”`);

  await card.getByText('Cite as…').click();
  await card.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(card.getByText('BibTeX copied')).toBeVisible();
  const bibtex = await clipboard();
  expect(bibtex).toMatch(/^@\w+\{/);
  expect(bibtex).toContain(`(reported via ${chain})`);
  await card.getByRole('button', { name: 'Copy RIS' }).click();
  await expect(card.getByText('RIS copied')).toBeVisible();
  expect(await clipboard()).toMatch(/^TY {2}- /);
  await card.getByRole('button', { name: 'Copy CSL-JSON' }).click();
  await expect(card.getByText('CSL-JSON copied')).toBeVisible();
  expect(JSON.parse(await clipboard())[0].note).toContain(chain);

  await page.goto('/?stance=opposition');
  const [bib] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sources as BibTeX' }).click(),
  ]);
  expect(bib.suggestedFilename()).toMatch(/^narratives-stance-opposition-.*-sources\.bib$/);
  const entries = readFileSync((await bib.path())!, 'utf8').match(/^@\w+\{/gm)!;
  const sources = new Set(
    data.claims
      .filter((c) => (c.stance ?? data.actors.find((a) => a.id === c.actorId)!.stance) === 'opposition')
      .map((c) => c.sourceId),
  );
  expect(entries).toHaveLength(sources.size);
});

test('a large spreadsheet is read in a worker, and opens', async ({ page }) => {
  const rows = Array.from({ length: 4000 }, (_, i) =>
    ROWS[0]!.replace('most likely hooliganism', `most likely hooliganism said for the ${i}th time ${'.'.repeat(200)}`),
  );
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/import');
  await importText(page, 'large.csv', [HEADER, ...rows].join('\r\n'));
  await expect(summary(page)).toContainText('4,000 claims in 1 event');
  expect(workers.some((url) => /import-worker/.test(url))).toBe(true);
});
