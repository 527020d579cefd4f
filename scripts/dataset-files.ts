/** Reading a dataset folder (the five JSON files of the data model) from disk. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TABLES, type TableName } from '../src/domain/schema.ts';
import { validateDataset, type Problem, type ValidationResult } from '../src/domain/validate.ts';

export const DEFAULT_DATA_DIR = 'data';

/** Reads and validates a dataset folder; unreadable or malformed JSON becomes a problem too. */
export function loadDatasetDir(dir: string): ValidationResult {
  const problems: Problem[] = [];
  const tables: Partial<Record<TableName, unknown>> = {};
  const label = (table: TableName) => relative(process.cwd(), join(dir, `${table}.json`)) || `${table}.json`;
  for (const table of TABLES) {
    const file = join(dir, `${table}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      problems.push({ path: label(table), message: 'cannot be read' });
      continue;
    }
    try {
      tables[table] = JSON.parse(text);
    } catch (error) {
      problems.push({ path: label(table), message: `is not valid JSON: ${(error as Error).message}` });
    }
  }
  const result = validateDataset(tables, label);
  // A table that could not be read is reported once, not again as "missing".
  const unread = new Set(problems.map((problem) => problem.path));
  const rest = result.ok ? [] : result.problems.filter((problem) => !unread.has(problem.path));
  if (problems.length === 0 && result.ok) return result;
  return { ok: false, problems: [...problems, ...rest] };
}

/** `--name value` from the command line, or the fallback. */
export function argument(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
}
