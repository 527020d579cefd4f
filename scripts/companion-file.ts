/**
 * Writing a dataset's columnar companion on disk (npm run data:pack). The dataset is a
 * combined JSON file or a folder of the five tables; it is validated (and migrated from
 * an earlier format) first, and an invalid one gets no companion.
 *
 * Where it goes: beside a file, by the naming rule (`x/kz.json` → `x/kz.arrow`, see
 * companionPath); inside a folder, as `dataset.arrow` (`data/` → `data/dataset.arrow`),
 * so that the folder stays the one thing to copy.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packCompanion } from '../src/dataset/companion-pack.ts';
import { companionPath } from '../src/dataset/companion-path.ts';
import type { Problem } from '../src/domain/problem.ts';
import { validateJsonText } from '../src/domain/validate.ts';
import { TABLES } from '../src/domain/vocabulary.ts';
import { loadDatasetDir } from './dataset-files.ts';
import { readDatasetJsonText } from './dataset-json.ts';

/** The companion's name inside a dataset folder. */
export const FOLDER_COMPANION = 'dataset.arrow';

export type PackResult =
  | { ok: true; out: string; claims: number; jsonBytes: number; bytes: number; gzipBytes: number }
  | { ok: false; problems: Problem[] };

export function defaultCompanionFile(path: string): string {
  return statSync(path).isDirectory() ? join(path, FOLDER_COMPANION) : companionPath(path);
}

/** Validates the dataset at `path` and writes its companion to `out` (by default beside it). */
export function packDatasetFile(path: string, out?: string): PackResult {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return { ok: false, problems: [{ path, message: 'does not exist' }] };
  const folder = stat.isDirectory();
  const jsonBytes = folder
    ? TABLES.reduce(
        (sum, table) => sum + (statSync(join(path, `${table}.json`), { throwIfNoEntry: false })?.size ?? 0),
        0,
      )
    : stat.size;
  const result = folder ? loadDatasetDir(path) : validateJsonText(readDatasetJsonText(path), path);
  if (!result.ok) return result;
  const bytes = packCompanion(result.dataset);
  const file = out ?? defaultCompanionFile(path);
  writeFileSync(file, bytes);
  return {
    ok: true,
    out: file,
    claims: result.dataset.claims.length,
    jsonBytes,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes).length,
  };
}
