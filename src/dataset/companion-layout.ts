/**
 * The layout of the columnar companion: an Arrow IPC file (Feather v2) beside a dataset's
 * JSON, one row per claim in the order of claims.json, with what the explorer's first
 * screen needs. Shared by the writer (companion-pack.ts) and the reader (companion.ts).
 */
import type { ClaimCodes, DatasetTables } from '../domain/dataset-index.ts';

/** The companion's own version, apart from the data format's: bumped when its columns change. */
export const COMPANION_FORMAT = '1';

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

/** Every table but the claims: sources, actors, events, disputes and the format version. */
export type CompanionTables = DatasetTables;

export interface Companion {
  formatVersion: number;
  claimCount: number;
  tables: CompanionTables;
  codes: ClaimCodes;
}

/** Anything that is not a valid companion: the message says what and where. */
export class CompanionError extends Error {
  override name = 'CompanionError';
}
