// @vitest-environment node
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readClaimsSheet } from './csv-import.ts';
import { readCsv } from './csv-read.ts';
import { templateCsv } from './csv-sheet.ts';
import { cellText, parquetSheet, readParquetClaims } from './parquet-import.ts';
import { formatProblem } from './problem.ts';

/** The sheet template's columns and rows, as a DataFrame would hold them. */
function template(): { header: string[]; rows: string[][] } {
  const csv = readCsv(templateCsv());
  if (!csv.ok) throw new Error(csv.message);
  return { header: csv.header, rows: csv.rows };
}

/** A Parquet file of text columns, one per header cell; `typed` replaces a column's values. */
function parquetOf(
  header: string[],
  rows: string[][],
  typed: Record<string, { data: unknown[]; type?: 'TIMESTAMP' | 'BOOLEAN' | 'INT64' | 'DOUBLE' }> = {},
): Uint8Array {
  const columnData = header.map((name, i) => {
    const given = typed[name];
    return given
      ? { name, data: given.data, ...(given.type ? { type: given.type } : {}) }
      : { name, data: rows.map((row) => row[i] || null), type: 'STRING' as const };
  });
  return new Uint8Array(
    parquetWriteBuffer({ columnData: columnData as Parameters<typeof parquetWriteBuffer>[0]['columnData'] }),
  );
}

async function problemsOf(bytes: Uint8Array, file = 'claims.parquet'): Promise<string[]> {
  const result = await readParquetClaims(bytes, file);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('Parquet in', () => {
  it('opens the sheet template written as Parquet as the same dataset as its CSV', async () => {
    const { header, rows } = template();
    const fromParquet = await readParquetClaims(parquetOf(header, rows), 'claims');
    const fromCsv = readClaimsSheet(templateCsv(), 'claims');
    expect(fromParquet.ok).toBe(true);
    expect(fromParquet).toEqual(fromCsv);
  });

  it('turns typed columns into the sheet text: dates, flags, numbers and lists', async () => {
    const { header, rows } = template();
    const column = (name: string) => header.indexOf(name);
    const bytes = parquetOf(header, rows, {
      // A DataFrame's datetime column, a boolean, and lists where the sheet joins names.
      source_date: { data: [new Date('2004-11-29T00:00:00Z'), new Date('2007-01-01T00:00:00Z')], type: 'TIMESTAMP' },
      event_date_approximate: { data: [true, false], type: 'BOOLEAN' },
      reported_via: { data: [['Agence France-Presse', 'Nathan Hamm'], []] },
    });
    const sheet = await parquetSheet(bytes);
    expect(sheet.rows[0]![column('source_date')]).toBe('2004-11-29');
    expect(sheet.rows[0]![column('event_date_approximate')]).toBe('yes');
    expect(sheet.rows[0]![column('reported_via')]).toBe('Agence France-Presse > Nathan Hamm');
    expect(sheet.rows[1]![column('reported_via')]).toBe('');
    const result = await readParquetClaims(bytes, 'claims');
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.dataset.sources.map((source) => source.published)).toEqual(['2004-11-29', '2007-01-01']);
    expect(result.dataset.claims[0]!.reportedVia).toHaveLength(2);
  });

  it('names a misspelt column, with the column it probably means', async () => {
    const { header, rows } = template();
    const misspelt = header.map((name) => (name === 'publisher' ? 'publsher' : name));
    expect(await problemsOf(parquetOf(misspelt, rows))).toContain(
      'claims.parquet column "publsher": is not a column of the claims sheet; did you mean "publisher"?',
    );
  });

  it('reports a bad value by row (the first claim is row 1) and column, as for a CSV', async () => {
    const { header, rows } = template();
    const stance = header.indexOf('stance');
    rows[1]![stance] = 'goverment';
    expect(await problemsOf(parquetOf(header, rows))).toEqual([
      'claims.parquet row 2, column "stance": "goverment" is not a stance; did you mean "official"?',
    ]);
  });

  it('leaves out the index column pandas writes, and refuses a file that is not Parquet', async () => {
    const { header, rows } = template();
    const withIndex = parquetOf(
      ['__index_level_0__', ...header],
      rows.map((row) => ['7', ...row]),
      {
        __index_level_0__: { data: [7n, 9n], type: 'INT64' },
      },
    );
    expect((await parquetSheet(withIndex)).header).toEqual(header);
    expect(await problemsOf(new TextEncoder().encode('event,actor\nA,B\n'))).toEqual([
      expect.stringMatching(/^claims\.parquet: cannot be read as Parquet: /),
    ]);
  });

  it('writes each kind of value as a sheet cell', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(26)).toBe('26');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(5000n)).toBe('5000');
    expect(cellText(false)).toBe('no');
    expect(cellText(new Date('2005-12-02T15:30:00Z'))).toBe('2005-12-02');
    expect(cellText(['a', null, 'b'], ' | ')).toBe('a | b');
    expect(cellText({ n: 1n })).toBe('{"n":"1"}');
  });
});
