/**
 * A Parquet file of claims (`df.to_parquet()`, DuckDB's `COPY … TO 'x.parquet'`) read as
 * the one-sheet spreadsheet: one row per claim, the same columns (csv-columns.ts). Each
 * value becomes the text a sheet would hold, and the sheet's own conversion does the
 * rest, so that problems are reported by row and column exactly as for a CSV. Rows are
 * numbered from 1 for the first claim (one more than pandas' index).
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { columnNamed, type SheetColumnName } from './csv-columns.ts';
import { readClaimsRows } from './csv-import.ts';
import type { ValidationResult } from './validate.ts';

/** How a list column's items are joined, as the sheet writes them in one cell. */
const LIST_SEPARATORS: Partial<Record<SheetColumnName, string>> = {
  hedges: ' | ',
  object: '; ',
  addressee: '; ',
  reported_via: ' > ',
  figures: '; ',
};

/** pandas writes a DataFrame's index as a column of this name when it is not 0, 1, 2… */
const PANDAS_INDEX = /^__index_level_\d+__$/;

/** One Parquet value as the text of a sheet cell: dates as YYYY-MM-DD, flags as yes/no, lists joined. */
export function cellText(value: unknown, separator = '; '): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // A timestamp keeps its day (in UTC): the sheet's dates are days, months or years.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value))
    return value
      .map((item) => cellText(item, separator))
      .filter(Boolean)
      .join(separator);
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

export interface ParquetSheet {
  header: string[];
  rows: string[][];
}

/** The file's columns and rows as a sheet's text cells; throws on a file hyparquet cannot read. */
export async function parquetSheet(bytes: Uint8Array): Promise<ParquetSheet> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(buffer);
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const kept = names.flatMap((name, i) => (PANDAS_INDEX.test(name) ? [] : [i]));
  const separators = kept.map((i) => LIST_SEPARATORS[columnNamed(names[i]!) as SheetColumnName] ?? '; ');
  let values: unknown[][] = [];
  await parquetRead({ file: buffer, metadata, rowFormat: 'array', onComplete: (rows) => (values = rows) });
  return {
    header: kept.map((i) => names[i]!),
    rows: values.map((row) => kept.map((i, k) => cellText(row[i], separators[k]))),
  };
}

function unreadable(error: unknown): string {
  const message = (error as Error).message;
  const codec = /unsupported compression codec: (\w+)/.exec(message)?.[1];
  return codec
    ? `is compressed with ${codec}; save it with snappy compression (the default of pandas and DuckDB) or none`
    : `cannot be read as Parquet: ${message}`;
}

/** Reads a Parquet file of claims into a validated dataset, or the problems by row and column. */
export async function readParquetClaims(bytes: Uint8Array, file: string): Promise<ValidationResult> {
  let sheet: ParquetSheet;
  try {
    sheet = await parquetSheet(bytes);
  } catch (error) {
    return { ok: false, problems: [{ path: file, message: unreadable(error) }] };
  }
  return readClaimsRows(sheet.header, sheet.rows, file, 1);
}
