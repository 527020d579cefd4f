import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { cellClaimsOf, cellState, type CompareMatrix } from '../../domain/compare.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { plural } from '../../domain/numbers.ts';
import { CompareCell } from './compare-cell.tsx';
import { columnLabel, ColumnName } from './column-name.tsx';
import { EventHeader } from './event-header.tsx';

interface Props {
  index: DatasetIndex;
  matrix: CompareMatrix;
  /** The rows shown, as indexes into `matrix.rows` (all, or the blindspots of one column). */
  rows: readonly number[];
  /** The columns shown, as indexes into `matrix.columns`. */
  shown: readonly number[];
  eventWidth: number;
  /** The selected cell, as a row of `rows` and a column of `matrix.columns`; -1 for none. */
  selected: { row: number; column: number };
  /** A row to scroll into view once (a cell picked by a link), or -1. */
  reveal: number;
  onSelect: (row: number, column: number) => void;
}

/**
 * The matrix as a table, with only the rows near the viewport in the page (a filtered
 * set can hold 20,000 events): spacer rows above and below keep the scroll height and
 * the columns' widths, and the table's semantics, as they are.
 */
export function CompareTable({ index, matrix, rows, shown, eventWidth, selected, reveal, onSelect }: Props) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Where the rows start in the page; what sits above them (the chooser, notices) can move it.
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const frame = body?.closest('section');
    if (!body || !frame) return;
    const measure = () => setTop(body.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 140,
    overscan: 4,
    scrollMargin: top,
    // The sticky column headers cover the top of the window.
    scrollPaddingStart: 72,
  });
  const revealed = useRef(-1);
  useEffect(() => {
    if (reveal < 0 || revealed.current === reveal || top === 0) return;
    revealed.current = reveal;
    virtualizer.scrollToIndex(reveal, { align: 'start' });
  }, [reveal, top, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - virtualizer.options.scrollMargin : 0;
  const after = items.length
    ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - virtualizer.options.scrollMargin)
    : 0;
  const C = matrix.columns.length;
  const span = shown.length + 1;

  return (
    <table
      className="w-full table-fixed border-collapse text-sm"
      aria-rowcount={rows.length + 1}
      aria-describedby="compare-about"
    >
      <caption className="sr-only">
        {plural(rows.length, 'event')} down the side,{' '}
        {shown.map((c) => columnLabel(index, matrix.columns[c]!)).join(', ')} across the top; rows load as you scroll
      </caption>
      <colgroup>
        <col style={{ width: eventWidth }} />
        {shown.map((c) => (
          <col key={matrix.columns[c]!.key} />
        ))}
      </colgroup>
      <thead className="sticky top-0 z-10 bg-paper shadow-[0_1px_0_var(--color-rule)]">
        <tr aria-rowindex={1}>
          <th scope="col" className="p-2 text-left text-xs font-semibold tracking-wide text-muted uppercase">
            Event
          </th>
          {shown.map((c) => (
            <th key={matrix.columns[c]!.key} scope="col" className="border-l border-rule p-2 text-left font-semibold">
              <ColumnName index={index} column={matrix.columns[c]!} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {before > 0 && (
          <tr aria-hidden="true">
            <td colSpan={span} style={{ height: before }} className="p-0" />
          </tr>
        )}
        {items.map((item) => {
          const r = rows[item.index]!;
          const position = matrix.rows[r]!;
          const event = index.events[position]!;
          const only = matrix.only[r]!;
          return (
            <tr key={event.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
              <EventHeader event={event} only={only >= 0 ? columnLabel(index, matrix.columns[only]!) : null} />
              {shown.map((c) => {
                const cell = r * C + c;
                const column = matrix.columns[c]!;
                return (
                  <CompareCell
                    key={column.key}
                    eventId={event.id}
                    context={`${columnLabel(index, column)} on ${event.title}`}
                    state={cellState(matrix, cell)}
                    positions={cellClaimsOf(matrix, cell)}
                    claims={index.claims}
                    total={matrix.cellTotal[cell]!}
                    selected={selected.row === r && selected.column === c}
                    onSelect={() => onSelect(r, c)}
                  />
                );
              })}
            </tr>
          );
        })}
        {after > 0 && (
          <tr aria-hidden="true">
            <td colSpan={span} style={{ height: after }} className="p-0" />
          </tr>
        )}
      </tbody>
    </table>
  );
}
