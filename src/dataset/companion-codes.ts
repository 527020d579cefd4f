/** The per-claim codes of the companion, computed from a dataset's JSON (file order). */
import { claimCodes, type ClaimCodes } from '../domain/dataset-index.ts';

export function positions(rows: readonly { id: string }[]): Map<string, number> {
  return new Map(rows.map((row, i) => [row.id, i]));
}

export function vocabularyCodes(vocabulary: readonly string[]): Map<string, number> {
  return new Map(vocabulary.map((value, i) => [value, i]));
}

/**
 * The per-claim codes of a dataset, from its JSON: what a companion must give back. The
 * index reads the same codes (dataset-index.ts), so a first screen drawn from a companion
 * and one drawn from the JSON are the same screen.
 */
export const codesFromDataset = claimCodes;

export function emptyCodes(n: number): ClaimCodes {
  return {
    count: n,
    event: new Uint32Array(n),
    actor: new Uint32Array(n),
    stance: new Uint8Array(n),
    type: new Uint8Array(n),
    form: new Uint8Array(n),
    attribution: new Uint8Array(n),
    source: new Uint32Array(n),
    objectStart: new Uint32Array(n + 1),
    objects: new Uint32Array(0),
    relayStart: new Uint32Array(n + 1),
    relays: new Uint32Array(0),
  };
}
