/**
 * Reading a reader's own dataset: a one-sheet CSV of claims, one combined JSON file, or
 * the five files of the data model. Every problem is reported with its file and JSON
 * path, or its row and column; nothing is half-loaded.
 */
import { readClaimsSheet } from './csv-import.ts';
import { isDataPackage, readDataPackage } from './data-package-read.ts';
import type { Problem } from './problem.ts';
import type { Dataset } from './schema.ts';
import { validateJsonText, validateTableTexts } from './validate.ts';
import { TABLES, type TableName } from './vocabulary.ts';

export interface ImportFile {
  name: string;
  text: string;
}

export type ImportResult = { ok: true; dataset: Dataset; name: string } | { ok: false; problems: Problem[] };

/** Larger files are refused before they are read: a browser tab would struggle with them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function tableOf(fileName: string): TableName | undefined {
  const match = /(?:^|[./_-])(sources|actors|events|claims|disputes)\.json$/i.exec(fileName);
  return match ? (match[1]!.toLowerCase() as TableName) : undefined;
}

export function readImport(files: readonly ImportFile[]): ImportResult {
  if (files.length === 0)
    return {
      ok: false,
      problems: [
        {
          path: '(no file)',
          message: 'choose a CSV or Parquet file of claims, a data package, or one or more JSON files',
        },
      ],
    };

  if (isDataPackage(files)) {
    const result = readDataPackage(files);
    const folder = /^(.+)\/[^/]+$/.exec(files[0]!.name)?.[1];
    return result.ok ? { ok: true, dataset: result.dataset, name: folder ?? 'datapackage' } : result;
  }

  if (files.length === 1 && /\.(?:csv|tsv|txt)$/i.test(files[0]!.name)) {
    const [file] = files as [ImportFile];
    const result = readClaimsSheet(file.text, file.name);
    return result.ok ? { ok: true, dataset: result.dataset, name: file.name } : result;
  }

  if (files.length === 1 && !tableOf(files[0]!.name)) {
    const [file] = files as [ImportFile];
    const result = validateJsonText(file.text, file.name);
    return result.ok ? { ok: true, dataset: result.dataset, name: file.name } : result;
  }

  const problems: Problem[] = [];
  const texts: Partial<Record<TableName, string>> = {};
  const names: Partial<Record<TableName, string>> = {};
  for (const file of files) {
    const table = tableOf(file.name);
    if (!table) {
      problems.push({ path: file.name, message: `is not one of ${TABLES.map((t) => `${t}.json`).join(', ')}` });
      continue;
    }
    if (names[table]) {
      problems.push({ path: file.name, message: `is a second ${table} file (the first is ${names[table]})` });
      continue;
    }
    names[table] = file.name;
    texts[table] = file.text;
  }
  const result = validateTableTexts(texts, (table) => names[table] ?? `${table}.json`, problems);
  return result.ok ? { ok: true, dataset: result.dataset, name: names.claims ?? 'dataset' } : result;
}
