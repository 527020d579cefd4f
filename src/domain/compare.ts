/**
 * The comparison across events: events down the side, chosen sides (stances or actors)
 * across the top, and in each cell that side's matching claims on that event. A cell
 * with none tells a side that never speaks about the event in the sources ("silent")
 * from one whose claims the filters leave out ("0 of 3"), as the event list does.
 * Blindspots are the events on which only one of the chosen sides speaks.
 *
 * Built in two passes over the claims of the filtered events (count, then place), so the
 * cost follows the claims, and the cells are one flat typed array, not 20,000 × 8 lists.
 */
import { CORE_STANCES } from './accounts.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { FilterResult } from './filters.ts';
import type { Stance } from './schema.ts';
import { STANCES } from './vocabulary.ts';

/** A column: a stance (`stance:official`) or one claimant (`actor:knb`). */
export type CompareColumn =
  | { key: string; kind: 'stance'; stance: Stance; code: number }
  | { key: string; kind: 'actor'; actorId: string; code: number };

/**
 * Every stance that speaks somewhere in the dataset, and the core three (official,
 * opposition, analyst) even where they never do, so that their silence shows; in
 * STANCES order. Taken from the whole dataset, not the filtered claims, so that the
 * columns stay put while the reader changes filters.
 */
export function defaultColumns(index: DatasetIndex): string[] {
  const S = STANCES.length;
  const speaks = new Uint8Array(S);
  const totals = index.eventStanceTotals;
  for (let k = 0; k < totals.length; k++) if (totals[k]) speaks[k % S] = 1;
  return STANCES.filter((stance, s) => speaks[s] || CORE_STANCES.includes(stance)).map((stance) => `stance:${stance}`);
}

/**
 * The columns a link names, read against the dataset: the default when it names none;
 * actors the dataset lacks are set aside (and returned, so the view can say so).
 */
export function resolveColumns(
  index: DatasetIndex,
  cols: readonly string[],
): { columns: CompareColumn[]; unknown: string[] } {
  const columns: CompareColumn[] = [];
  const unknown: string[] = [];
  for (const key of cols.length > 0 ? cols : defaultColumns(index)) {
    if (columns.some((column) => column.key === key)) continue;
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    const stance = STANCES.indexOf(id as Stance);
    const actor = index.actorCode.get(id);
    if (kind === 'stance' && stance >= 0) columns.push({ key, kind, stance: STANCES[stance]!, code: stance });
    else if (kind === 'actor' && actor !== undefined) columns.push({ key, kind, actorId: id, code: actor });
    else unknown.push(key);
  }
  return { columns, unknown };
}

/** What a cell holds: claims, none because the side is silent in the sources, or none among the filtered claims. */
export type CellState = 'claims' | 'silent' | 'filtered';

export interface CompareMatrix {
  columns: CompareColumn[];
  /** Event positions, in time order: the filtered events on which at least one column speaks. */
  rows: number[];
  /** Filtered events left out because none of the columns has a matching claim there. */
  unspoken: number;
  /**
   * Cell (row r, column c) is `r * columns.length + c`. Its matching claims (positions in
   * `index.claims`, in claim order) are `cellClaims[cellStart[cell]]` up to `cellClaims[cellStart[cell + 1]]`.
   */
  cellStart: Uint32Array;
  cellClaims: Uint32Array;
  /** Each cell's claims in the whole dataset, whatever the filters: 0 is silent. */
  cellTotal: Uint32Array;
  /** Per row, the one column that speaks there (a blindspot), or -1. */
  only: Int16Array;
  /** Per column, how many rows it alone speaks in. */
  onlyCounts: number[];
  /** Per column, how many of those the other columns are silent in across the whole sources, not just the filters. */
  onlySilentCounts: number[];
}

export function cellState(matrix: CompareMatrix, cell: number): CellState {
  if (matrix.cellStart[cell + 1]! > matrix.cellStart[cell]!) return 'claims';
  return matrix.cellTotal[cell] === 0 ? 'silent' : 'filtered';
}

export function cellClaimsOf(matrix: CompareMatrix, cell: number): Uint32Array {
  return matrix.cellClaims.subarray(matrix.cellStart[cell]!, matrix.cellStart[cell + 1]!);
}

/** The columns a claim belongs to: its stance's and its claimant's, where chosen. */
function columnLookup(index: DatasetIndex, columns: readonly CompareColumn[]) {
  const byStance = new Int16Array(STANCES.length).fill(-1);
  const byActor = new Int16Array(index.actors.length).fill(-1);
  columns.forEach((column, c) => {
    if (column.kind === 'stance') byStance[column.code] = c;
    else byActor[column.code] = c;
  });
  return { byStance, byActor };
}

export function buildMatrix(
  index: DatasetIndex,
  result: FilterResult,
  columns: readonly CompareColumn[],
): CompareMatrix {
  const C = columns.length;
  const S = STANCES.length;
  const { matches } = result;
  const { stance, actor } = index.columns;
  const { byStance, byActor } = columnLookup(index, columns);

  // Pass 1: each filtered event's matching claims per column.
  const events = result.events;
  const counts = new Uint32Array(events.length * C + 1);
  events.forEach((p, e) => {
    for (let i = index.eventClaims[p]!; i < index.eventClaims[p + 1]!; i++) {
      if (!matches[i]) continue;
      const s = byStance[stance[i]!]!;
      const a = byActor[actor[i]!]!;
      if (s >= 0) counts[e * C + s]!++;
      if (a >= 0) counts[e * C + a]!++;
    }
  });

  // The rows: the events with at least one speaking column.
  const rows: number[] = [];
  const keptFrom: number[] = [];
  events.forEach((p, e) => {
    for (let c = 0; c < C; c++)
      if (counts[e * C + c]) {
        rows.push(p);
        keptFrom.push(e);
        return;
      }
  });

  // Each actor column's claims per event in the whole dataset, from the actor's own claims.
  const actorTotals = columns.map((column) => {
    if (column.kind !== 'actor') return null;
    const perEvent = new Map<number, number>();
    for (const i of index.claimsByActor.get(column.actorId) ?? []) {
      const p = index.columns.event[i]!;
      perEvent.set(p, (perEvent.get(p) ?? 0) + 1);
    }
    return perEvent;
  });

  const cellStart = new Uint32Array(rows.length * C + 1);
  const cellTotal = new Uint32Array(rows.length * C);
  const only = new Int16Array(rows.length).fill(-1);
  const onlyCounts = new Array<number>(C).fill(0);
  const onlySilentCounts = new Array<number>(C).fill(0);
  rows.forEach((p, r) => {
    let speaking = 0;
    let last = -1;
    for (let c = 0; c < C; c++) {
      const cell = r * C + c;
      const count = counts[keptFrom[r]! * C + c]!;
      cellStart[cell + 1] = cellStart[cell]! + count;
      const column = columns[c]!;
      cellTotal[cell] =
        column.kind === 'stance' ? index.eventStanceTotals[p * S + column.code]! : (actorTotals[c]!.get(p) ?? 0);
      if (count) {
        speaking++;
        last = c;
      }
    }
    if (speaking === 1 && C > 1) {
      only[r] = last;
      onlyCounts[last]!++;
      let othersSilent = true;
      for (let c = 0; c < C; c++) if (c !== last && cellTotal[r * C + c]) othersSilent = false;
      if (othersSilent) onlySilentCounts[last]!++;
    }
  });

  // Pass 2: the claims into their cells, in claim order.
  const cellClaims = new Uint32Array(cellStart[rows.length * C]!);
  const next = cellStart.slice(0, rows.length * C);
  rows.forEach((p, r) => {
    for (let i = index.eventClaims[p]!; i < index.eventClaims[p + 1]!; i++) {
      if (!matches[i]) continue;
      const s = byStance[stance[i]!]!;
      const a = byActor[actor[i]!]!;
      if (s >= 0) cellClaims[next[r * C + s]!++] = i;
      if (a >= 0) cellClaims[next[r * C + a]!++] = i;
    }
  });

  return {
    columns: [...columns],
    rows,
    unspoken: events.length - rows.length,
    cellStart,
    cellClaims,
    cellTotal,
    only,
    onlyCounts,
    onlySilentCounts,
  };
}

/** The `pick` of a cell: `cell:<eventId>~<column key>`. */
export function cellPick(eventId: string, columnKey: string): string {
  return `cell:${eventId}~${columnKey}`;
}

/** The event and column a `pick` names, or null when it names no cell. */
export function readCellPick(pick: string): { eventId: string; columnKey: string } | null {
  if (!pick.startsWith('cell:')) return null;
  const rest = pick.slice('cell:'.length);
  const tilde = rest.indexOf('~');
  if (tilde <= 0 || tilde === rest.length - 1) return null;
  return { eventId: rest.slice(0, tilde), columnKey: rest.slice(tilde + 1) };
}

/** Moves the column at `from` by `step` places (−1 left, +1 right), within the list. */
export function moveColumn(cols: readonly string[], from: number, step: number): string[] {
  const to = from + step;
  if (from < 0 || from >= cols.length || to < 0 || to >= cols.length) return [...cols];
  const next = [...cols];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The list to keep in the link: empty when it is the default, so one view has one address. */
export function canonicalColumns(index: DatasetIndex, cols: readonly string[]): string[] {
  const fallback = defaultColumns(index);
  return cols.length === fallback.length && cols.every((key, i) => key === fallback[i]) ? [] : [...cols];
}
