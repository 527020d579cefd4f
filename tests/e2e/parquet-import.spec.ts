import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Page } from '@playwright/test';
import { IMPORT_IN_WORKER_ABOVE } from '../../src/store/read-import.ts';
import { chooseFiles, expect, summary, test } from './fixtures.ts';

/**
 * A DataFrame of claims as pandas would write it: text columns, a datetime column for
 * the event date, a list column for the relays. `events` events of `perEvent` claims;
 * `rename` misspells columns.
 */
function claimsParquet(events: number, perEvent: number, quoteWords = 12, rename: Record<string, string> = {}): Buffer {
  const n = events * perEvent;
  const at = (i: number) => Math.floor(i / perEvent);
  // Words that do not repeat in a pattern, so that a large file stays large once compressed.
  let seed = 7;
  const word = () => {
    seed = (seed * 48271) % 2147483647;
    return seed.toString(36);
  };
  const text = (name: string, value: (i: number) => string) => ({
    name,
    data: Array.from({ length: n }, (_, i) => value(i)),
    type: 'STRING' as const,
  });
  const columnData = [
    text('event', (i) => `Protest in town ${at(i) + 1}`),
    {
      name: 'event_date',
      data: Array.from({ length: n }, (_, i) => new Date(Date.UTC(2005, at(i) % 12, 10))),
      type: 'TIMESTAMP' as const,
    },
    text('place', (i) => `Town ${at(i) + 1}, Kazakhstan`),
    text('actor', (i) => `Speaker ${(i % perEvent) + 1}`),
    text('stance', (i) => (i % 2 === 0 ? 'official' : 'opposition')),
    text('type', () => 'characterization'),
    text('quote', (i) => `claim ${i}: ${Array.from({ length: quoteWords }, word).join(' ')}`),
    text('summary', (i) => `Speaker ${(i % perEvent) + 1} describes protest ${at(i) + 1}.`),
    text('source', (i) => `Report on town ${at(i) + 1}`),
    text('publisher', () => 'Registan'),
    text('source_date', () => '2005-12'),
    { name: 'reported_via', data: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? ['Agence France-Presse'] : [])) },
  ];
  return Buffer.from(
    parquetWriteBuffer({
      columnData: columnData.map((column) => ({ ...column, name: rename[column.name] ?? column.name })),
    }),
  );
}

async function dropParquet(page: Page, name: string, buffer: Buffer) {
  await page.goto('/import');
  await chooseFiles(page.getByLabel('Drop your JSON files here, or choose them'), [{ name, body: buffer }]);
}

test('a Parquet file of claims opens in the explorer with its counts', async ({ page }) => {
  await dropParquet(page, 'claims.parquet', claimsParquet(3, 4));
  await expect(page).toHaveURL(/\/\?dataset=local(?::|%3A)claims-/);
  await expect(page.getByText('Showing claims.parquet, imported and kept in this browser.')).toBeVisible();
  await expect(summary(page)).toContainText('12 claims in 3 events');
});

test('a large Parquet file is read in the worker and opens too', async ({ page }) => {
  const buffer = claimsParquet(40, 100, 50);
  expect(buffer.length).toBeGreaterThan(IMPORT_IN_WORKER_ABOVE);
  await dropParquet(page, 'large.parquet', buffer);
  await expect(summary(page)).toContainText('4,000 claims in 40 events', { timeout: 30_000 });
});

test('a Parquet file with a misspelt column is refused, naming it', async ({ page }) => {
  await dropParquet(page, 'typo.parquet', claimsParquet(1, 2, 12, { publisher: 'publsher' }));
  await expect(page.getByRole('alert')).toContainText(
    'typo.parquet column "publsher": is not a column of the claims sheet; did you mean "publisher"?',
  );
  await expect(page.getByText('None yet.')).toBeVisible();
});
