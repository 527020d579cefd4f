/**
 * What a large dataset's small tables (sources, actors, events, disputes) must pass before
 * its first screen: each row against the dataset's published JSON Schema (data/schema/),
 * that is its fields, their types, the vocabularies, and the patterns of ids and dates.
 * Nothing drawn is then of a shape the page does not expect.
 *
 * The rest of the data model's rules, which JSON Schema cannot say (a real calendar
 * date, a date's precision matching its text, an end not before its start, a URL) and
 * the cross-references, are the whole check's (domain/validate.ts), which follows while
 * the page says the dataset is being checked, and whose failure replaces it by its problems.
 *
 * The check is Ajv's code for that JSON Schema, compiled when the schema is generated
 * (shape-check.generated.js): the page's content security policy forbids compiling it
 * here. On a cold page it takes a sixth of zod's time (16,370 outline rows, 25 ms against
 * 150), and it is the first screen's to wait for.
 */
import { formatPath, type Problem } from '../domain/problem.ts';
import { SMALL_TABLES, type TableName } from '../domain/vocabulary.ts';
import * as checks from './shape-check.generated.js';

/** An error as Ajv's compiled code reports it. */
interface ShapeError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** One row's check, as Ajv compiles it: true or false, and the first error found. */
export type ShapeCheck = ((row: unknown) => boolean) & { errors?: ShapeError[] | null };

/** Rows as the dataset's JSON holds them, or as a companion's outline carries them (schema.ts, outlineSchemas). */
export type RowForm = 'rows' | 'outline';

const CHECKS: Record<RowForm, Record<(typeof SMALL_TABLES)[number], ShapeCheck>> = {
  rows: { sources: checks.sources, actors: checks.actors, events: checks.events, disputes: checks.disputes },
  outline: {
    sources: checks.outlineSources,
    actors: checks.outlineActors,
    events: checks.outlineEvents,
    disputes: checks.outlineDisputes,
  },
};

/**
 * The problems of the small tables' rows, each at its path (`kz.json.events[3].date.start`),
 * the first of each row, up to `limit` in all: what a reader is told is the whole
 * check's, which names every one.
 */
export function shapeProblems(
  record: Partial<Record<TableName, unknown>>,
  form: RowForm,
  fileName: string,
  limit = 20,
): Problem[] {
  const problems: Problem[] = [];
  for (const table of SMALL_TABLES) {
    const rows = record[table];
    if (!Array.isArray(rows)) {
      problems.push({ path: `${fileName}.${table}`, message: rows === undefined ? 'is missing' : 'must be an array' });
      continue;
    }
    const check = CHECKS[form][table];
    for (let index = 0; index < rows.length && problems.length < limit; index++) {
      if (check(rows[index])) continue;
      const error = check.errors?.[0];
      const at = `${fileName}.${table}`;
      problems.push(
        error ? problemOf(error, at, index) : { path: `${at}[${index}]`, message: 'is not a row of this table' },
      );
    }
  }
  return problems;
}

/** Ajv's error as a problem, its JSON Pointer made a path and the field it names put in it. */
function problemOf(error: ShapeError, tablePath: string, index: number): Problem {
  const segments: PropertyKey[] = [index];
  for (const token of error.instancePath.split('/').slice(1)) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    segments.push(/^\d+$/.test(key) ? Number(key) : key);
  }
  const { missingProperty, additionalProperty, allowedValues } = error.params;
  let message = error.message ?? `fails “${error.keyword}”`;
  if (typeof missingProperty === 'string') {
    segments.push(missingProperty);
    message = 'is missing';
  } else if (typeof additionalProperty === 'string') {
    segments.push(additionalProperty);
    message = 'is not a field of this table';
  } else if (Array.isArray(allowedValues)) {
    message = `must be one of ${allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  return { path: tablePath + formatPath(segments), message };
}
