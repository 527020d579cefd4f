/**
 * The layout of the columnar companion: an Arrow IPC file (Feather v2) beside a dataset's
 * JSON, one row per claim in the order of claims.json, with what the explorer's first
 * screen needs. Shared by the writer (companion-pack.ts) and the reader (companion.ts).
 */
import type { ClaimCodes, DatasetTables } from '../domain/dataset-index.ts';
import type { Outline } from '../domain/schema.ts';

/**
 * The companion's own version, apart from the data format's: bumped when its columns or
 * metadata change. Format 1 carried the small tables whole; 2 carries their outline.
 */
export const COMPANION_FORMAT = '2';
/** The formats this version reads: a format 1 file's tables are cut down to their outline. */
export const READABLE_FORMATS: readonly string[] = ['1', COMPANION_FORMAT];

export const META = {
  format: 'narratives:format',
  formatVersion: 'narratives:formatVersion',
  tables: 'narratives:tables',
  claims: 'narratives:claims',
} as const;

/**
 * Keys as dictionary-encoded strings (pandas reads them as categoricals, R as factors),
 * with the narrowest index type that fits (Int8 for a vocabulary, Int16 or Int32 for ids).
 * The two actor lists are lists of plain strings, which every reader turns into lists
 * of text; a dictionary inside a list is not converted the same way everywhere.
 */
export const COLUMNS = {
  event: 'event_id',
  actor: 'actor_id',
  stance: 'stance',
  type: 'type',
  form: 'form',
  attribution: 'attribution',
  source: 'source_id',
  objects: 'object_actor_ids',
  relays: 'relay_actor_ids',
} as const;
// No per-claim event days: at 100,000 claims two Date32 columns cost about 370 kB gzip
// (a sixth of the file), and the app reads each event's days from the events table.

/** Per-claim codes, in the order of the dataset's claims array (file order): what the index is built from. */
export type { ClaimCodes };

export type { Outline };

/**
 * The outline of a dataset's small tables (schema.ts, outlineSchemas): what the companion
 * carries of them. An event's summary was half of a 100,000-claim companion, and no first
 * screen shows it; the JSON brings it with the claims.
 */
export function outlineOf(tables: DatasetTables): Outline {
  return {
    sources: tables.sources,
    actors: tables.actors.map(({ description: _description, ...actor }) => actor),
    events: tables.events.map(({ summary: _summary, ...event }) => event),
    disputes: tables.disputes.map((dispute) => ({
      ...dispute,
      positions: dispute.positions.map(({ label }) => ({ label })),
    })),
  };
}

/**
 * The outline as tables the index takes, its missing texts empty. They are drawn only by the
 * pages of an event, an actor or a dispute's claims, which wait for the checked JSON.
 */
export function tablesOfOutline(outline: Outline): DatasetTables {
  return {
    sources: outline.sources,
    actors: outline.actors.map((actor) => ({ ...actor, description: '' })),
    events: outline.events.map((event) => ({ ...event, summary: '' })),
    disputes: outline.disputes.map((dispute) => ({
      ...dispute,
      positions: dispute.positions.map(({ label }) => ({ label, claimIds: [] })),
    })),
  };
}

export interface Companion {
  formatVersion: number;
  claimCount: number;
  outline: Outline;
  codes: ClaimCodes;
}

/** Anything that is not a valid companion: the message says what and where. */
export class CompanionError extends Error {
  override name = 'CompanionError';
}
