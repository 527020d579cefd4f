import { useMemo, useState } from 'react';
import {
  buildMatrix,
  canonicalColumns,
  cellPick,
  readCellPick,
  resolveColumns,
  type CompareMatrix,
} from '../../domain/compare.ts';
import { activeDimensions, type FilterResult, type Filters } from '../../domain/filters.ts';
import { formatNumber, plural } from '../../domain/numbers.ts';
import { positionIn } from '../../domain/sorted.ts';
import { useExplorerStore, useIndex } from '../../store/explorer-store.ts';
import { useElementWidth } from '../use-element-width.ts';
import { Blindspots } from './blindspots.tsx';
import { CELL_LIMIT } from './compare-cell.tsx';
import { CompareTable } from './compare-table.tsx';
import { ColumnChooser } from './column-chooser.tsx';
import { ColumnSwitch } from './column-switch.tsx';

/** The narrowest a column may be before the table shows fewer at a time (px). */
const MIN_COLUMN = 190;

/** Row indexes into `matrix.rows`: every row, or those where column `only` alone speaks. */
function rowsShown(matrix: CompareMatrix, only: number): number[] {
  const rows: number[] = [];
  for (let r = 0; r < matrix.rows.length; r++) if (only < 0 || matrix.only[r] === only) rows.push(r);
  return rows;
}

/** The filtered events down the side, the chosen sides across the top, their claims in the cells. */
export function CompareView({ result, filters }: { result: FilterResult; filters: Filters }) {
  const index = useIndex();
  const columnsChosen = useExplorerStore((s) => s.columnsChosen);
  const picked = useExplorerStore((s) => s.picked);
  const blindspotsChosen = useExplorerStore((s) => s.blindspotsChosen);
  const { columns, unknown } = useMemo(() => resolveColumns(index, filters.cols), [index, filters.cols]);
  const matrix = useMemo(() => buildMatrix(index, result, columns), [index, result, columns]);

  // A link may name the blindspots of a column not among those shown: then every row.
  const only = filters.only === '' ? -1 : columns.findIndex((column) => column.key === filters.only);
  const rows = useMemo(() => rowsShown(matrix, only), [matrix, only]);

  // The picked cell, as a row of those shown and a column.
  const pick = readCellPick(filters.pick);
  const pickColumn = pick ? columns.findIndex((column) => column.key === pick.columnKey) : -1;
  const pickPosition = pick ? index.eventPosition.get(pick.eventId) : undefined;
  const pickRow = pickPosition === undefined ? -1 : positionIn(matrix.rows, pickPosition);
  const selectedRow = pickRow < 0 || pickColumn < 0 ? -1 : positionIn(rows, pickRow);
  // A pick made here is already on screen; one that came with a link is scrolled to.
  const [ownPick, setOwnPick] = useState('');
  const reveal = filters.pick !== '' && filters.pick !== ownPick ? selectedRow : -1;

  const [frameRef, width] = useElementWidth<HTMLDivElement>(900);
  const narrow = width < 640;
  const eventWidth = narrow ? 112 : 176;
  const fit = Math.min(columns.length, Math.max(1, Math.floor((width - eventWidth) / MIN_COLUMN)));
  const [offset, setOffset] = useState(() => Math.max(0, pickColumn));
  // A link that picks a cell in a column out of view brings that column into view.
  const [seenPick, setSeenPick] = useState(filters.pick);
  if (seenPick !== filters.pick) {
    setSeenPick(filters.pick);
    if (filters.pick !== ownPick && pickColumn >= 0) setOffset(pickColumn);
  }
  const first = Math.min(Math.max(0, offset), columns.length - fit);
  const shown = Array.from({ length: fit }, (_, k) => first + k);
  const showColumn = (c: number) => {
    if (c < first) setOffset(c);
    else if (c >= first + fit) setOffset(c - fit + 1);
  };

  const select = (r: number, c: number) => {
    const key = cellPick(index.events[matrix.rows[r]!]!.id, columns[c]!.key);
    const next = key === filters.pick ? '' : key;
    setOwnPick(next);
    picked(next);
  };
  const chooseColumns = (keys: string[]) => {
    columnsChosen(canonicalColumns(index, keys));
    if (pick && !keys.includes(pick.columnKey)) picked('');
    if (filters.only !== '' && !keys.includes(filters.only)) blindspotsChosen('');
  };
  const filtered = activeDimensions(filters).length > 0;

  return (
    <div ref={frameRef} className="mt-3 min-w-0">
      <ColumnChooser index={index} columns={columns} onChange={chooseColumns} folded={narrow} />
      {unknown.length > 0 && (
        <p role="status" className="mt-2 text-sm text-muted">
          Left out: {unknown.map((key) => `“${key}”`).join(', ')}, not in this dataset.
        </p>
      )}
      <Blindspots
        index={index}
        matrix={matrix}
        only={only}
        onOnly={(c) => blindspotsChosen(c < 0 ? '' : columns[c]!.key)}
        filtered={filtered}
      />
      <p id="compare-about" className="mt-2 text-sm text-muted">
        {only >= 0
          ? `${plural(rows.length, 'blindspot')} of ${formatNumber(matrix.rows.length)} events`
          : plural(rows.length, 'event')}
        , in time order. A cell lists up to {CELL_LIMIT} claims, each linked to its place on the event’s page; select
        the cell for more. “Silent”: the sources hold no claim of that side on the event; “0 of 3”: the filters leave
        its claims out.
        {matrix.unspoken > 0 &&
          ` Not shown: ${plural(matrix.unspoken, 'filtered event')} on which none of these columns speaks.`}
      </p>
      {fit < columns.length && (
        <ColumnSwitch index={index} columns={columns} first={first} count={fit} onShow={showColumn} />
      )}
      {rows.length === 0 ? (
        <p className="mt-4 text-muted">
          {result.claimCount === 0
            ? 'No claims match the filters.'
            : 'None of these columns speaks on the filtered events.'}
        </p>
      ) : (
        <div className="mt-3">
          <CompareTable
            index={index}
            matrix={matrix}
            rows={rows}
            shown={shown}
            eventWidth={eventWidth}
            selected={{ row: selectedRow, column: pickColumn }}
            reveal={reveal}
            onSelect={select}
          />
        </div>
      )}
    </div>
  );
}
