/**
 * Files of every released version of the data format open as the current one. Each
 * step upgrades one version and recognizes what it upgrades by its shape, so that a
 * folder of five tables, which carries no version number, migrates too, and a file
 * already in the newer shape passes unchanged. Records are copied only where they
 * change: the input, often a freshly parsed file of 100,000 claims, is never mutated.
 */
import type { Problem } from './problem.ts';
import { precisionOf } from './dates.ts';
import { FORMAT_VERSION } from './vocabulary.ts';

/** A combined file's version: its `formatVersion`, or 1, the version that had none. */
export function formatVersionOf(value: Record<string, unknown>): unknown {
  return value.formatVersion ?? 1;
}

/** Format 1 → 2: a claim's `said` was a partial date string; it is now a date with its precision. */
function claimV1toV2(claim: unknown): unknown {
  if (typeof claim !== 'object' || claim === null) return claim;
  const said = (claim as { said?: unknown }).said;
  if (typeof said !== 'string') return claim;
  return { ...claim, said: { start: said, precision: precisionOf(said) } };
}

/** Upgrades the five tables of a dataset, each an unknown value (e.g. parsed JSON). */
export function migrateTables<T extends Partial<Record<string, unknown>>>(tables: T): T {
  const claims = tables.claims;
  if (!Array.isArray(claims)) return tables;
  let changed = false;
  const migrated = claims.map((claim: unknown) => {
    const next = claimV1toV2(claim);
    if (next !== claim) changed = true;
    return next;
  });
  return changed ? { ...tables, claims: migrated } : tables;
}

export type MigrationResult = { ok: true; value: unknown; from: number } | { ok: false; problem: Problem };

/**
 * Upgrades one combined file `{ formatVersion?, sources, actors, events, claims, disputes }`
 * to the current format. A file of a newer format than this app reads is refused, not
 * guessed at. Values that are not a dataset at all pass unchanged, for the validator to report.
 */
export function migrateDataset(value: unknown, fileName = 'dataset'): MigrationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: true, value, from: 0 };
  const record = value as Record<string, unknown>;
  const version = formatVersionOf(record);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      problem: {
        path: `${fileName}.formatVersion`,
        message: `must be a whole number from 1 to ${FORMAT_VERSION}, got ${JSON.stringify(version)}`.slice(0, 120),
      },
    };
  if (version > FORMAT_VERSION)
    return {
      ok: false,
      problem: {
        path: `${fileName}.formatVersion`,
        message: `is ${version}: the file was written for a newer version of Narratives, which reads format ${FORMAT_VERSION} and earlier`,
      },
    };
  const upgraded = migrateTables(record);
  return { ok: true, value: { ...upgraded, formatVersion: FORMAT_VERSION }, from: version };
}
