/** Reading a dataset folder (the five JSON files of the data model) from disk. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TABLES, type TableName } from '../src/domain/schema.ts';
import { validateTableTexts, type Problem, type ValidationResult } from '../src/domain/validate.ts';

export const DEFAULT_DATA_DIR = 'data';

/** Reads and validates a dataset folder; unreadable or malformed JSON becomes a problem too. */
export function loadDatasetDir(dir: string): ValidationResult {
  const unreadable: Problem[] = [];
  const texts: Partial<Record<TableName, string>> = {};
  const label = (table: TableName) => relative(process.cwd(), join(dir, `${table}.json`)) || `${table}.json`;
  for (const table of TABLES) {
    try {
      texts[table] = readFileSync(join(dir, `${table}.json`), 'utf8');
    } catch {
      unreadable.push({ path: label(table), message: 'cannot be read' });
    }
  }
  return validateTableTexts(texts, label, unreadable);
}

/** `--name value` from the command line, or the fallback. */
export function argument(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
}
