/**
 * Opening a Frictionless Data Package written by data-package.ts (or by pandas or R from
 * it): datapackage.json, if given, says which file holds which table and which version
 * of the format; each CSV is read by its header, through the same column table; then
 * the dataset is validated like any import, with problems by file, row and column.
 */
import { readCsv } from './csv-read.ts';
import { DESCRIPTOR, type PackageFile } from './data-package.ts';
import { PACKAGE_TABLE_NAMES, PACKAGE_TABLES, type PackageColumn, type PackageTable } from './package-columns.ts';
import type { Problem } from './problem.ts';
import type { Dataset } from './schema.ts';
import { validateDataset, type ValidationResult } from './validate.ts';
import { FORMAT_VERSION } from './vocabulary.ts';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).toLowerCase();

/**
 * True when the files are a data package: its descriptor, or several CSVs named as its
 * tables. One CSV alone, even named claims.csv, is a spreadsheet of claims.
 */
export function isDataPackage(files: readonly PackageFile[]): boolean {
  const names = files.map((file) => baseName(file.name));
  return (
    names.includes(DESCRIPTOR) ||
    names.filter((name) => PACKAGE_TABLE_NAMES.some((table) => name === `${table}.csv`)).length >= 2
  );
}

function decodeCell(text: string, column: PackageColumn): { value?: unknown; error?: string } {
  if (text === '') return {};
  switch (column.type) {
    case 'array':
    case 'object':
      try {
        return { value: JSON.parse(text) };
      } catch (error) {
        return { error: `is not JSON: ${(error as Error).message}` };
      }
    case 'boolean':
      if (/^true$/i.test(text)) return { value: true };
      if (/^false$/i.test(text)) return { value: false };
      return { error: `"${text}" is not true or false` };
    case 'integer':
    case 'number': {
      const value = Number(text);
      return Number.isFinite(value) ? { value } : { error: `"${text}" is not a number` };
    }
    default:
      return { value: text };
  }
}

function put(record: Record<string, unknown>, path: readonly (string | number)[], value: unknown) {
  let target = record;
  path.slice(0, -1).forEach((key) => (target = (target[key] ??= {}) as Record<string, unknown>));
  target[path.at(-1)!] = value;
}

function readTable(table: PackageTable, file: PackageFile, problems: Problem[]): Record<string, unknown>[] {
  const csv = readCsv(file.text);
  if (!csv.ok) {
    problems.push({ path: file.name, message: csv.message });
    return [];
  }
  const columns: readonly PackageColumn[] = PACKAGE_TABLES[table];
  const byIndex = csv.header.map((name) => columns.find((column) => column.name === name.toLowerCase()));
  csv.header.forEach((name, i) => {
    // An unnamed column is the row index pandas writes unless told `index=False`.
    if (!byIndex[i] && name !== '')
      problems.push({ path: `${file.name} column "${name}"`, message: `is not a column of ${table}` });
  });
  return csv.rows.map((cells, r) => {
    const record: Record<string, unknown> = {};
    cells.forEach((text, i) => {
      const column = byIndex[i];
      if (!column) return;
      const { value, error } = decodeCell(text, column);
      if (error) problems.push({ path: `${file.name} row ${r + 2}, column "${column.name}"`, message: error });
      else if (value !== undefined) put(record, column.path, value);
    });
    return record;
  });
}

export function readDataPackage(files: readonly PackageFile[]): ValidationResult {
  const problems: Problem[] = [];
  const paths = new Map<string, string>(PACKAGE_TABLE_NAMES.map((table) => [table, `${table}.csv`]));
  const descriptorFile = files.find((file) => baseName(file.name) === DESCRIPTOR);
  if (descriptorFile) {
    try {
      const descriptor = JSON.parse(descriptorFile.text) as { formatVersion?: unknown; resources?: unknown };
      if (typeof descriptor.formatVersion === 'number' && descriptor.formatVersion > FORMAT_VERSION)
        return {
          ok: false,
          problems: [
            {
              path: `${descriptorFile.name}.formatVersion`,
              message: `is ${descriptor.formatVersion}; this version of Narratives reads format ${FORMAT_VERSION}`,
            },
          ],
        };
      if (Array.isArray(descriptor.resources))
        for (const resource of descriptor.resources as { name?: unknown; path?: unknown }[])
          if (typeof resource.name === 'string' && typeof resource.path === 'string')
            paths.set(resource.name, resource.path);
    } catch (error) {
      problems.push({ path: descriptorFile.name, message: `is not valid JSON: ${(error as Error).message}` });
    }
  }
  const fileOf = (table: PackageTable) =>
    files.find((file) => baseName(file.name) === baseName(paths.get(table) ?? `${table}.csv`));
  const tables: Partial<Record<PackageTable, Record<string, unknown>[]>> = {};
  for (const table of PACKAGE_TABLE_NAMES) {
    const file = fileOf(table);
    if (file) tables[table] = readTable(table, file, problems);
  }

  // Disputes take their positions back from their own table, in the order of `position`.
  const disputes = (tables.disputes ?? []).map((dispute) => {
    const rows = (tables.dispute_positions ?? [])
      .filter((row) => row.disputeId === dispute.id)
      .sort((a, b) => Number(a.position) - Number(b.position));
    const positions: { label: unknown; claimIds: unknown[] }[] = [];
    let last: unknown;
    for (const row of rows) {
      if (row.position !== last) positions.push({ label: row.label, claimIds: [] });
      positions.at(-1)!.claimIds.push(row.claimId);
      last = row.position;
    }
    return { ...dispute, positions };
  });
  const disputeIds = new Set((tables.disputes ?? []).map((dispute) => dispute.id));
  (tables.dispute_positions ?? []).forEach((row, r) => {
    if (!disputeIds.has(row.disputeId))
      problems.push({
        path: `${fileOf('dispute_positions')!.name} row ${r + 2}, column "dispute_id"`,
        message: `unknown dispute "${String(row.disputeId)}"`,
      });
  });
  const result = validateDataset(
    {
      sources: tables.sources,
      actors: tables.actors,
      events: tables.events,
      claims: tables.claims,
      disputes,
    } as Partial<Record<keyof Dataset, unknown>>,
    (table) => fileOf(table)?.name ?? `${table}.csv`,
  );
  const found = result.ok ? [] : result.problems.map(byRow);
  return problems.length + found.length === 0 ? result : { ok: false, problems: [...problems, ...found] };
}

/** `claims.csv[3].said.end` → `claims.csv row 5` (the header is row 1), `said.end: …`. */
function byRow(problem: Problem): Problem {
  const match = /^(.*?\.csv)\[(\d+)\]\.?(.*)$/.exec(problem.path);
  if (!match) return problem;
  return {
    path: `${match[1]} row ${Number(match[2]) + 2}`,
    message: match[3] ? `${match[3]}: ${problem.message}` : problem.message,
  };
}
