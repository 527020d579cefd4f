/**
 * A dataset's first screen from its columnar companion, and whether the companion was
 * written from the JSON that then arrives. Loaded (with Arrow's reader and the shape
 * check) only for a dataset that has a companion: the app's first chunk does not carry it.
 */
import type { ClaimCodes, DatasetTables } from '../domain/dataset-index.ts';
import type { Dataset, Outline } from '../domain/schema.ts';
import { readCompanion, sameOutline, tablesOfOutline } from './companion.ts';
import { shapeProblems } from './shape-check.ts';

export interface FirstScreen {
  /** The companion's outline of the small tables, as the index takes them. */
  tables: DatasetTables;
  outline: Outline;
  codes: ClaimCodes;
}

/**
 * The companion's tables and codes, once its outline of the small tables has passed the
 * shape check (its codes are checked by the reader). Throws, with the first problem's
 * path, for a companion that does not read or pass.
 * @param read called once the bytes are read, before the check
 */
export function firstScreenOf(bytes: Uint8Array, label: string, read: () => void): FirstScreen {
  const { outline, codes } = readCompanion(bytes);
  read();
  const [problem] = shapeProblems(outline, 'outline', label, 1);
  if (problem) throw new Error(`${problem.path} ${problem.message}`);
  return { tables: tablesOfOutline(outline), outline, codes };
}

/** Whether the screen came from this dataset: a companion written from another version of the file did not. */
export function isCompanionOf(dataset: Dataset, codes: ClaimCodes, screen: FirstScreen): boolean {
  return sameCodes(codes, screen.codes) && sameOutline(dataset, screen.outline);
}

function sameCodes(a: ClaimCodes, b: ClaimCodes): boolean {
  const keys = Object.keys(a) as (keyof ClaimCodes)[];
  return keys.every((key) => {
    const [x, y] = [a[key], b[key]];
    if (typeof x === 'number' || typeof y === 'number') return x === y;
    return x.length === y.length && x.every((value, i) => value === y[i]);
  });
}
