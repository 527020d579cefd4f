import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/synthetic/generate.ts';
import { fixture } from '../test/fixture.ts';
import {
  buildMatrix,
  canonicalColumns,
  cellClaimsOf,
  cellPick,
  cellState,
  defaultColumns,
  moveColumn,
  readCellPick,
  resolveColumns,
  type CompareMatrix,
} from './compare.ts';
import { buildIndex, claimStance, type DatasetIndex } from './dataset-index.ts';
import { applyFilters, EMPTY_FILTERS, type Filters } from './filters.ts';

const index = buildIndex(fixture());
const matrixFor = (cols: string[], patch: Partial<Filters> = {}, on: DatasetIndex = index) =>
  buildMatrix(on, applyFilters(on, { ...EMPTY_FILTERS, ...patch }), resolveColumns(on, cols).columns);

/** Each row as `event: column=claim ids | silent | 0 of N`, for readable expectations. */
function describeMatrix(matrix: CompareMatrix, on: DatasetIndex = index): string[] {
  const C = matrix.columns.length;
  return matrix.rows.map((p, r) => {
    const cells = matrix.columns.map((column, c) => {
      const cell = r * C + c;
      const state = cellState(matrix, cell);
      const text =
        state === 'claims'
          ? Array.from(cellClaimsOf(matrix, cell), (i) => on.claims[i]!.id).join(',')
          : state === 'silent'
            ? 'silent'
            : `0 of ${matrix.cellTotal[cell]}`;
      return `${column.key}=${text}`;
    });
    return `${on.events[p]!.id}: ${cells.join(' ')}`;
  });
}

describe('defaultColumns', () => {
  it('gives every stance that speaks, and the core three even where silent, in STANCES order', () => {
    // The fixture has official, opposition, militant and other claims, and no analyst.
    expect(defaultColumns(index)).toEqual([
      'stance:official',
      'stance:opposition',
      'stance:analyst',
      'stance:militant',
      'stance:other',
    ]);
  });

  it('is what an empty list of columns means, and is kept out of the link', () => {
    expect(resolveColumns(index, []).columns.map((c) => c.key)).toEqual(defaultColumns(index));
    expect(canonicalColumns(index, defaultColumns(index))).toEqual([]);
    expect(canonicalColumns(index, ['stance:official'])).toEqual(['stance:official']);
  });
});

describe('resolveColumns', () => {
  it('keeps the reader’s order, drops repeats and sets aside actors the dataset lacks', () => {
    const { columns, unknown } = resolveColumns(index, [
      'actor:hut',
      'stance:official',
      'actor:hut',
      'actor:nobody',
      'stance:nonsense',
    ]);
    expect(columns.map((c) => c.key)).toEqual(['actor:hut', 'stance:official']);
    expect(unknown).toEqual(['actor:nobody', 'stance:nonsense']);
  });
});

describe('buildMatrix', () => {
  it('puts each side’s claims on each event in its cell, events in time order', () => {
    expect(describeMatrix(matrixFor(['stance:official', 'stance:opposition', 'stance:militant']))).toEqual([
      'otan-blasts: stance:official=chief-hooliganism stance:opposition=silent stance:militant=hut-denies',
      'later-event: stance:official=silent stance:opposition=duvanov-provocation stance:militant=silent',
    ]);
  });

  it('tells a side silent in the sources from one the filters leave out', () => {
    // Only the characterization matches: the group spoke on the blasts, but not in one.
    const matrix = matrixFor(['stance:official', 'stance:militant', 'stance:opposition'], {
      type: ['characterization'],
    });
    expect(describeMatrix(matrix)).toEqual([
      'otan-blasts: stance:official=chief-hooliganism stance:militant=0 of 1 stance:opposition=silent',
    ]);
  });

  it('gives an actor column its own claims, whatever the stance they speak from', () => {
    // The police chief's casualty claim speaks as "other": it is in both columns.
    expect(describeMatrix(matrixFor(['actor:police-chief', 'stance:other']))).toEqual([
      'otan-blasts: actor:police-chief=chief-hooliganism stance:other=silent',
      'later-event: actor:police-chief=chief-casualties stance:other=chief-casualties',
    ]);
    const filtered = matrixFor(['actor:police-chief', 'actor:activist'], { type: ['accusation'] });
    expect(describeMatrix(filtered)).toEqual([
      'later-event: actor:police-chief=0 of 1 actor:activist=duvanov-provocation',
    ]);
  });

  it('leaves out filtered events on which no column speaks, and counts them', () => {
    const matrix = matrixFor(['stance:militant']);
    expect(matrix.rows.map((p) => index.events[p]!.id)).toEqual(['otan-blasts']);
    expect(matrix.unspoken).toBe(1);
  });

  it('marks blindspots: events on which only one column speaks', () => {
    const matrix = matrixFor(['stance:official', 'stance:opposition']);
    expect(Array.from(matrix.only)).toEqual([0, 1]);
    expect(matrix.onlyCounts).toEqual([1, 1]);
    // In both, the other side never speaks in the sources either.
    expect(matrix.onlySilentCounts).toEqual([1, 1]);

    // Under a filter, the group's claim is left out, not absent: a blindspot of the
    // filtered claims, not of the sources.
    const filtered = matrixFor(['stance:official', 'stance:militant'], { type: ['characterization'] });
    expect(filtered.onlyCounts).toEqual([1, 0]);
    expect(filtered.onlySilentCounts).toEqual([0, 0]);

    const both = matrixFor(['stance:official', 'stance:militant']);
    expect(Array.from(both.only)).toEqual([-1]);
    expect(matrixFor(['stance:official']).onlyCounts).toEqual([0]);
  });

  it('agrees with a claim-by-claim count on a generated dataset of 20,000 claims', () => {
    const big = buildIndex(generateDataset({ events: 3000, actors: 40, claims: 20_000, seed: 11 }));
    const someActor = big.actors[3]!.id;
    const cols = ['stance:official', 'stance:opposition', `actor:${someActor}`, 'stance:media'];
    const columns = resolveColumns(big, cols).columns;
    for (const patch of [{}, { type: ['denial', 'casualties'] }, { from: '2010', to: '2015' }] as Partial<Filters>[]) {
      const result = applyFilters(big, { ...EMPTY_FILTERS, ...patch });
      const matrix = buildMatrix(big, result, columns);

      // The same thing, one claim at a time through the claim objects.
      const inColumn = (i: number, key: string) => {
        const claim = big.claims[i]!;
        return key.startsWith('actor:')
          ? claim.actorId === key.slice('actor:'.length)
          : claimStance(claim, big.actorById) === key.slice('stance:'.length);
      };
      const expectedRows: number[] = [];
      const expectedOnly = new Array<number>(cols.length).fill(0);
      for (const p of result.events) {
        const ids = big.claimsByEvent.get(big.events[p]!.id)!;
        const perColumn = cols.map((key) => ids.filter((i) => result.matches[i] && inColumn(i, key)));
        if (perColumn.every((list) => list.length === 0)) continue;
        const r = expectedRows.push(p) - 1;
        perColumn.forEach((list, c) => {
          const cell = r * cols.length + c;
          expect(Array.from(cellClaimsOf(matrix, cell))).toEqual(list);
          expect(matrix.cellTotal[cell]).toBe(ids.filter((i) => inColumn(i, cols[c]!)).length);
        });
        const speaking = perColumn.flatMap((list, c) => (list.length ? [c] : []));
        if (speaking.length === 1) expectedOnly[speaking[0]!]!++;
      }
      expect(matrix.rows).toEqual(expectedRows);
      expect(expectedRows.length).toBeGreaterThan(100);
      expect(expectedOnly.some((n) => n > 0)).toBe(true);
      expect(matrix.onlyCounts).toEqual(expectedOnly);
      expect(matrix.unspoken).toBe(result.events.length - expectedRows.length);
    }
  });
});

describe('picks and column moves', () => {
  it('writes and reads a cell pick, an actor column’s colon included', () => {
    const pick = cellPick('zhanaozen-2011', 'actor:knb');
    expect(pick).toBe('cell:zhanaozen-2011~actor:knb');
    expect(readCellPick(pick)).toEqual({ eventId: 'zhanaozen-2011', columnKey: 'actor:knb' });
    expect(readCellPick('node:knb')).toBeNull();
    expect(readCellPick('cell:~stance:official')).toBeNull();
    expect(readCellPick('cell:event~')).toBeNull();
  });

  it('moves a column left or right, and leaves the ends alone', () => {
    const cols = ['a', 'b', 'c'];
    expect(moveColumn(cols, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveColumn(cols, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(cols, 0, -1)).toEqual(cols);
    expect(moveColumn(cols, 2, 1)).toEqual(cols);
  });
});
