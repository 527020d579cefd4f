/**
 * Reading a reader's own dataset: one combined JSON file, or the five files of the data
 * model. Every problem is reported with its file and JSON path; nothing is half-loaded.
 */
import type { Problem } from './problem.ts';
import type { Dataset } from './schema.ts';
import { validateDataset, validateJsonText } from './validate.ts';
import { TABLES, type TableName } from './vocabulary.ts';

export interface ImportFile {
  name: string;
  text: string;
}

export type ImportResult = { ok: true; dataset: Dataset; name: string } | { ok: false; problems: Problem[] };

/** Larger files are refused before they are read: a browser tab would struggle with them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function parse(file: ImportFile): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(file.text) };
  } catch (error) {
    return { ok: false, problem: { path: file.name, message: `is not valid JSON: ${(error as Error).message}` } };
  }
}

function tableOf(fileName: string): TableName | undefined {
  const match = /(?:^|[./_-])(sources|actors|events|claims|disputes)\.json$/i.exec(fileName);
  return match ? (match[1]!.toLowerCase() as TableName) : undefined;
}

export function readImport(files: readonly ImportFile[]): ImportResult {
  if (files.length === 0)
    return { ok: false, problems: [{ path: '(no file)', message: 'choose one or more JSON files' }] };

  if (files.length === 1 && !tableOf(files[0]!.name)) {
    const [file] = files as [ImportFile];
    const result = validateJsonText(file.text, file.name);
    return result.ok ? { ok: true, dataset: result.dataset, name: file.name } : result;
  }

  const problems: Problem[] = [];
  const tables: Partial<Record<TableName, unknown>> = {};
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
    const parsed = parse(file);
    if (parsed.ok) tables[table] = parsed.value;
    else problems.push(parsed.problem);
  }
  const unreadable = new Set(problems.map((p) => p.path));
  const result = validateDataset(tables, (table) => names[table] ?? `${table}.json`);
  if (result.ok && problems.length === 0) return { ok: true, dataset: result.dataset, name: names.claims ?? 'dataset' };
  const rest = result.ok ? [] : result.problems.filter((p) => !unreadable.has(p.path));
  return { ok: false, problems: [...problems, ...rest] };
}
