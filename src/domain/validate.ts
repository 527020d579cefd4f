/**
 * Dataset validation at the boundary: every record against its schema, then every
 * cross-reference. It reports every problem with its file and JSON path
 * (`data/claims.json[12].actorId: unknown actor "knb-x"`) and never throws.
 */
import type { z } from 'zod';
import { parseJson } from './json-pieces.ts';
import type { JsonText } from './json-text.ts';
import { migrateDataset, migrateTables } from './migrate.ts';
import { formatPath, type Problem } from './problem.ts';
import {
  actorSchema,
  claimSchema,
  disputeSchema,
  eventSchema,
  sourceSchema,
  TABLES,
  type Dataset,
  type TableName,
} from './schema.ts';

export type { Problem };

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

const rowSchemas: Record<TableName, z.ZodType> = {
  sources: sourceSchema,
  actors: actorSchema,
  events: eventSchema,
  claims: claimSchema,
  disputes: disputeSchema,
};

/** How each table is named in messages: by default the file it lives in. */
export type TableLabel = (table: TableName) => string;
export const fileLabel: TableLabel = (table) => `data/${table}.json`;

/**
 * Validates the five tables (each an unknown value, e.g. parsed JSON), after migrating
 * them from an earlier version of the format (see migrate.ts).
 */
export function validateDataset(
  given: Partial<Record<TableName, unknown>>,
  label: TableLabel = fileLabel,
): ValidationResult {
  const tables = migrateTables(given);
  const problems: Problem[] = [];
  const at = (table: TableName, ...segments: PropertyKey[]) => label(table) + formatPath(segments);
  const valid = {} as Record<TableName, { index: number; row: never }[]>;

  for (const table of TABLES) {
    valid[table] = [];
    const rows = tables[table];
    if (!Array.isArray(rows)) {
      problems.push({
        path: label(table),
        message: rows === undefined ? 'is missing' : `must be an array, got ${describe(rows)}`,
      });
      continue;
    }
    rows.forEach((row, index) => {
      const result = rowSchemas[table].safeParse(row);
      if (result.success) {
        valid[table].push({ index, row: result.data as never });
        return;
      }
      for (const issue of result.error.issues) {
        problems.push({ path: at(table, index, ...issue.path), message: issue.message });
      }
    });
  }

  const dataset = Object.fromEntries(TABLES.map((t) => [t, valid[t].map((v) => v.row)])) as unknown as Dataset;
  const indexOf = (table: TableName, position: number) => valid[table][position]?.index ?? position;

  // Ids are read from every row with one, valid or not, so that a row with a bad field
  // is reported once and does not also turn every reference to it into an error.
  const ids = {} as Record<TableName, Map<string, number>>;
  const claimEvent = new Map<string, string>();
  for (const table of TABLES) {
    ids[table] = new Map();
    const rows = tables[table];
    if (!Array.isArray(rows)) continue;
    rows.forEach((row: unknown, index) => {
      const id = field(row, 'id');
      if (id === undefined) return;
      const first = ids[table].get(id);
      if (first === undefined) ids[table].set(id, index);
      else
        problems.push({
          path: at(table, index, 'id'),
          message: `duplicate id "${id}" (first used at ${at(table, first)})`,
        });
      const eventId = field(row, 'eventId');
      if (table === 'claims' && eventId !== undefined && !claimEvent.has(id)) claimEvent.set(id, eventId);
    });
  }

  // A table that could not be read is reported once; references into it are not checked.
  const known = (table: TableName, id: string) => !Array.isArray(tables[table]) || ids[table].has(id);

  dataset.claims.forEach((claim, position) => {
    const where = (...segments: PropertyKey[]) => at('claims', indexOf('claims', position), ...segments);
    if (!known('events', claim.eventId))
      problems.push({ path: where('eventId'), message: `unknown event "${claim.eventId}"` });
    if (!known('actors', claim.actorId))
      problems.push({ path: where('actorId'), message: `unknown actor "${claim.actorId}"` });
    if (!known('sources', claim.sourceId))
      problems.push({ path: where('sourceId'), message: `unknown source "${claim.sourceId}"` });
    claim.reportedVia.forEach((actorId, i) => {
      if (!known('actors', actorId))
        problems.push({ path: where('reportedVia', i), message: `unknown actor "${actorId}"` });
      else if (actorId === claim.actorId)
        problems.push({ path: where('reportedVia', i), message: 'an actor cannot relay its own claim' });
    });
    claim.object?.forEach(({ actorId }, i) => {
      if (!known('actors', actorId))
        problems.push({ path: where('object', i, 'actorId'), message: `unknown actor "${actorId}"` });
    });
    claim.addressee?.forEach((actorId, i) => {
      if (!known('actors', actorId))
        problems.push({ path: where('addressee', i), message: `unknown actor "${actorId}"` });
    });
  });

  dataset.disputes.forEach((dispute, position) => {
    const where = (...segments: PropertyKey[]) => at('disputes', indexOf('disputes', position), ...segments);
    if (!known('events', dispute.eventId))
      problems.push({ path: where('eventId'), message: `unknown event "${dispute.eventId}"` });
    const seen = new Set<string>();
    dispute.positions.forEach((stance, p) =>
      stance.claimIds.forEach((claimId, c) => {
        const path = where('positions', p, 'claimIds', c);
        const eventId = claimEvent.get(claimId);
        if (eventId === undefined) {
          if (Array.isArray(tables.claims)) problems.push({ path, message: `unknown claim "${claimId}"` });
        } else if (eventId !== dispute.eventId)
          problems.push({
            path,
            message: `claim "${claimId}" belongs to event "${eventId}", not "${dispute.eventId}"`,
          });
        if (seen.has(claimId)) problems.push({ path, message: `claim "${claimId}" is cited twice in this dispute` });
        seen.add(claimId);
      }),
    );
  });

  return problems.length === 0 ? { ok: true, dataset } : { ok: false, problems };
}

function field(row: unknown, key: string): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const value = (row as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

const COMBINED_KEYS: readonly string[] = ['formatVersion', ...TABLES];

/**
 * Validates one combined file `{ formatVersion?, sources, actors, events, claims, disputes }`,
 * migrated to the current format; a valid result is in the current format.
 */
export function validateCombined(value: unknown, fileName: string): ValidationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: fileName, message: `must be an object with ${TABLES.join(', ')}` }] };
  }
  const migrated = migrateDataset(value, fileName);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const record = migrated.value as Record<string, unknown>;
  const unknownKeys = Object.keys(record).filter((key) => !COMBINED_KEYS.includes(key));
  const result = validateDataset(record, (table) => `${fileName}.${table}`);
  if (unknownKeys.length === 0) return result;
  const extra = unknownKeys.map((key) => ({
    path: `${fileName}${formatPath([key])}`,
    message: 'is not a table of the data model',
  }));
  return { ok: false, problems: [...extra, ...(result.ok ? [] : result.problems)] };
}

/**
 * Parses and validates the tables of a dataset given as texts, one file per table.
 * `found`: problems already found with the files (unreadable, misnamed), reported first;
 * a table with such a problem, or with JSON that does not parse, is not reported again
 * as missing.
 */
export function validateTableTexts(
  texts: Partial<Record<TableName, string>>,
  label: TableLabel,
  found: readonly Problem[] = [],
): ValidationResult {
  const problems = [...found];
  const tables: Partial<Record<TableName, unknown>> = {};
  for (const table of TABLES) {
    const text = texts[table];
    if (text === undefined) continue;
    try {
      tables[table] = JSON.parse(text);
    } catch (error) {
      problems.push(notJson(label(table), error));
    }
  }
  const result = validateDataset(tables, label);
  if (problems.length === 0) return result;
  const reported = new Set(problems.map((problem) => problem.path));
  const rest = result.ok ? [] : result.problems.filter((problem) => !reported.has(problem.path));
  return { ok: false, problems: [...problems, ...rest] };
}

/** The problem of a file that `JSON.parse` rejected, with the parser's own words. */
function notJson(path: string, error: unknown): Problem {
  return { path, message: `is not valid JSON: ${(error as Error).message}` };
}

/** Parses and validates one combined file given as text; bad JSON is a problem like any other. */
export function validateJsonText(text: JsonText, fileName: string): ValidationResult {
  let json: unknown;
  try {
    json = parseJson(text);
  } catch (error) {
    return { ok: false, problems: [notJson(fileName, error)] };
  }
  return validateCombined(json, fileName);
}
