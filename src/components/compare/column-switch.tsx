import type { CompareColumn } from '../../domain/compare.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { ColumnName } from './column-name.tsx';

/**
 * Which columns the table shows when not all of them fit (one on a phone): a segmented
 * switch, each column a button that brings it into view.
 */
export function ColumnSwitch({
  index,
  columns,
  first,
  count,
  onShow,
}: {
  index: DatasetIndex;
  columns: readonly CompareColumn[];
  first: number;
  count: number;
  onShow: (column: number) => void;
}) {
  return (
    <div className="mt-3 text-sm">
      <p id="column-switch-label" className="font-semibold">
        {count === 1 ? 'Column shown' : `Columns shown (${count} of ${columns.length} fit)`}
      </p>
      <div
        role="group"
        aria-labelledby="column-switch-label"
        className="mt-1 flex flex-wrap rounded border border-rule"
      >
        {columns.map((column, c) => {
          const shown = c >= first && c < first + count;
          return (
            <button
              key={column.key}
              type="button"
              aria-pressed={shown}
              onClick={() => onShow(c)}
              className={`min-h-9 grow px-2.5 py-1 ${shown ? 'bg-ink font-semibold text-paper' : 'hover:bg-rule/50'}`}
            >
              <ColumnName index={index} column={column} />
            </button>
          );
        })}
      </div>
    </div>
  );
}
