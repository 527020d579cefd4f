/**
 * The columnar companion of a dataset: reading it, and the same per-claim codes computed
 * from the JSON (to compare them). The writer is in companion-pack.ts, apart, so that the
 * app's reader does not carry Arrow's writing half; where a companion is found, in
 * companion-path.ts.
 */
import { tableFromIPC, DataType, type Data, type Table, type Vector } from 'apache-arrow';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, FORMAT_VERSION, SMALL_TABLES, STANCES } from '../domain/vocabulary.ts';
import { emptyClaimCodes, positionsById } from '../domain/dataset-index.ts';
import { vocabularyCodes } from './companion-codes.ts';
import type { Dataset } from '../domain/schema.ts';
import {
  COLUMNS,
  COMPANION_FORMAT,
  CompanionError,
  META,
  outlineOf,
  READABLE_FORMATS,
  type ClaimCodes,
  type Companion,
  type Outline,
} from './companion-layout.ts';

export { COMPANION_FORMAT, CompanionError, type ClaimCodes, type Companion, type Outline };
export { tablesOfOutline } from './companion-layout.ts';
export { codesFromDataset } from './companion-codes.ts';
export { COMPANION_EXTENSION, companionPath } from './companion-path.ts';

const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1", at both ends of an IPC file

function hasMagic(bytes: Uint8Array): boolean {
  if (bytes.length < 2 * MAGIC.length + 8) return false;
  const end = bytes.length - MAGIC.length;
  return MAGIC.every((byte, i) => bytes[i] === byte && bytes[end + i] === byte);
}

/** Reads a companion written by packCompanion; anything else is a CompanionError saying what is wrong. */
export function readCompanion(bytes: Uint8Array): Companion {
  if (!hasMagic(bytes))
    throw new CompanionError('is not an Arrow IPC file: it does not begin and end with "ARROW1" (cut short?)');
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    throw new CompanionError(`cannot be read as Arrow IPC: ${(error as Error).message}`);
  }
  const meta = table.schema.metadata;
  const format = meta.get(META.format);
  if (format === undefined || !READABLE_FORMATS.includes(format))
    throw new CompanionError(
      format === undefined
        ? `is not a Narratives companion: its schema has no "${META.format}"`
        : `is companion format "${format}"; this app reads formats ${READABLE_FORMATS.map((f) => `"${f}"`).join(' and ')}`,
    );
  const formatVersion = Number(meta.get(META.formatVersion));
  if (!Number.isInteger(formatVersion) || formatVersion < 1 || formatVersion > FORMAT_VERSION)
    throw new CompanionError(`"${META.formatVersion}" must be a data format version from 1 to ${FORMAT_VERSION}`);
  const claimCount = Number(meta.get(META.claims));
  if (!Number.isInteger(claimCount) || claimCount < 0)
    throw new CompanionError(`"${META.claims}" must be a count of claims`);
  if (claimCount !== table.numRows)
    throw new CompanionError(`"${META.claims}" says ${claimCount} claims, but the table has ${table.numRows} rows`);
  const read = readTables(meta.get(META.tables));
  // Format 1 carried the tables whole (its outline's rows then pass as they are).
  const tables = format === '1' ? outlineOf(read as Dataset) : read;

  const codes = emptyClaimCodes(claimCount);
  const actorAt = positionsById(tables.actors);
  readKeys(table, COLUMNS.event, codes.event, positionsById(tables.events));
  readKeys(table, COLUMNS.actor, codes.actor, actorAt);
  readKeys(table, COLUMNS.stance, codes.stance, vocabularyCodes(STANCES));
  readKeys(table, COLUMNS.type, codes.type, vocabularyCodes(CLAIM_TYPES));
  readKeys(table, COLUMNS.form, codes.form, vocabularyCodes(CLAIM_FORMS), CLAIM_FORMS.length);
  readKeys(table, COLUMNS.attribution, codes.attribution, vocabularyCodes(ATTRIBUTIONS), ATTRIBUTIONS.length);
  readKeys(table, COLUMNS.source, codes.source, positionsById(tables.sources));
  codes.objects = readActorLists(table, COLUMNS.objects, codes.objectStart, actorAt, true);
  codes.relays = readActorLists(table, COLUMNS.relays, codes.relayStart, actorAt, false);
  return { formatVersion, claimCount, outline: tables, codes };
}

/**
 * Whether the outline is the dataset's, as the companion's writer would give it: if not,
 * the companion was written from another version of the file, and the JSON is the dataset.
 */
export function sameOutline(dataset: Dataset, outline: Outline): boolean {
  return JSON.stringify(outlineOf(dataset)) === JSON.stringify(outline);
}

/** The tables in the schema metadata: only their shape is checked here (the validator checks the rest). */
function readTables(text: string | undefined): Outline {
  if (text === undefined) throw new CompanionError(`its schema has no "${META.tables}"`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CompanionError(`"${META.tables}" is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CompanionError(`"${META.tables}" must be an object of tables`);
  const record = value as Record<string, unknown>;
  for (const name of SMALL_TABLES) {
    const rows = record[name];
    if (!Array.isArray(rows)) throw new CompanionError(`"${META.tables}" has no ${name} table`);
    const bad = rows.findIndex((row) => typeof (row as { id?: unknown } | null)?.id !== 'string');
    if (bad >= 0) throw new CompanionError(`"${META.tables}" ${name}[${bad}] has no id`);
  }
  return value as Outline;
}

function column(table: Table, name: string): Vector {
  const vector = table.getChild(name);
  if (!vector) throw new CompanionError(`has no column "${name}"`);
  return vector;
}

/** Row numbers in messages count from 0, as pandas and Polars show them. */
function where(name: string, row: number): string {
  return `column "${name}", row ${row}`;
}

function isValid(data: Data, i: number): boolean {
  const bitmap = data.nullBitmap;
  if (data.nullCount === 0 || !bitmap || bitmap.length === 0) return true;
  const bit = data.offset + i;
  return ((bitmap[bit >> 3]! >> (bit & 7)) & 1) === 1;
}

/**
 * A dictionary-encoded column as codes: each dictionary entry is looked up once, then
 * one loop over the indices. `absent` is the code of a null, where nulls are allowed.
 */
function readKeys(
  table: Table,
  name: string,
  out: Uint8Array | Uint32Array,
  codeOf: ReadonlyMap<string, number>,
  absent?: number,
): void {
  const vector = column(table, name);
  if (!DataType.isDictionary(vector.type) || !DataType.isUtf8(vector.type.dictionary))
    throw new CompanionError(`column "${name}" must be dictionary-encoded text, not ${String(vector.type)}`);
  let row = 0;
  for (const data of vector.data) {
    const dictionary = data.dictionary!;
    const lookup = new Int32Array(dictionary.length);
    let k = 0;
    for (const entries of dictionary.data) {
      const text = textsOf(entries);
      for (let j = 0; j < entries.length; j++, k++) lookup[k] = isValid(entries, j) ? (codeOf.get(text(j)) ?? -1) : -1;
    }
    const indices = data.values as ArrayLike<number>;
    const nullable = data.nullCount > 0;
    for (let i = 0; i < data.length; i++, row++) {
      if (nullable && !isValid(data, i)) {
        if (absent === undefined) throw new CompanionError(`${where(name, row)} is empty`);
        out[row] = absent;
        continue;
      }
      const code = lookup[indices[i]!] ?? -1;
      if (code < 0) {
        const value = dictionary.get(indices[i]!) as string | null | undefined;
        throw new CompanionError(
          value == null
            ? `${where(name, row)} points outside its dictionary`
            : `${where(name, row)} is "${value.slice(0, 60)}", which is not a known ${name.replace(/_id$/, '')}`,
        );
      }
      out[row] = code;
    }
  }
}

/** Whether `code` is among `codes[from]` up to `codes[to]` (a claim's few actors so far). */
function repeats(codes: Uint32Array, from: number, to: number, code: number): boolean {
  for (let j = from; j < to; j++) if (codes[j] === code) return true;
  return false;
}

const decoder = new TextDecoder();

/**
 * The strings of a text column's data, by position: decoded in one call where they are all
 * ASCII, as ids and vocabulary are (a decoder call per string, or a hash of each one's
 * bytes, was most of a read), else string by string.
 */
function textsOf(data: Data): (k: number) => string {
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  const start = offsets[0] ?? 0;
  const end = offsets[data.length] ?? start;
  const whole = decoder.decode(bytes.subarray(start, end));
  // One character per byte: each string's byte offsets are its character offsets.
  if (whole.length === end - start) return (k) => whole.slice(offsets[k]! - start, offsets[k + 1]! - start);
  return (k) => decoder.decode(bytes.subarray(offsets[k]!, offsets[k + 1]!));
}

/** A list-of-text column of actor ids as codes, laid out by `start`. */
function readActorLists(
  table: Table,
  name: string,
  start: Uint32Array,
  actorAt: ReadonlyMap<string, number>,
  distinct: boolean,
): Uint32Array {
  const vector = column(table, name);
  if (!DataType.isList(vector.type) || !DataType.isUtf8(vector.type.children[0]!.type))
    throw new CompanionError(`column "${name}" must be a list of text, not ${String(vector.type)}`);
  let total = 0;
  for (const data of vector.data) total += data.valueOffsets[data.length]! - data.valueOffsets[0]!;
  const codes = new Uint32Array(total);
  let row = 0;
  let n = 0;
  for (const data of vector.data) {
    const offsets = data.valueOffsets;
    const text = textsOf(data.children[0]!);
    for (let i = 0; i < data.length; i++, row++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const id = text(k);
        const code = actorAt.get(id);
        if (code === undefined)
          throw new CompanionError(`${where(name, row)} names "${id.slice(0, 60)}", which is not a known actor`);
        if (!distinct || !repeats(codes, start[row]!, n, code)) codes[n++] = code;
      }
      start[row + 1] = n;
    }
  }
  if (row !== start.length - 1) throw new CompanionError(`column "${name}" has ${row} rows, not ${start.length - 1}`);
  return n === total ? codes : codes.slice(0, n);
}
