/** The per-claim codes of the companion, computed from a dataset's JSON (file order). */
import { claimCodes } from '../domain/dataset-index.ts';

export function vocabularyCodes(vocabulary: readonly string[]): Map<string, number> {
  return new Map(vocabulary.map((value, i) => [value, i]));
}

/**
 * The per-claim codes of a dataset, from its JSON: what a companion must give back. The
 * index reads the same codes (dataset-index.ts), so a first screen drawn from a companion
 * and one drawn from the JSON are the same screen.
 */
export const codesFromDataset = claimCodes;
