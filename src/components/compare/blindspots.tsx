import type { CompareMatrix } from '../../domain/compare.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { formatNumber, plural } from '../../domain/numbers.ts';
import { columnLabel } from './column-name.tsx';

interface Props {
  index: DatasetIndex;
  matrix: CompareMatrix;
  /** The column whose blindspots alone are shown, or -1 for every row. */
  only: number;
  onOnly: (column: number) => void;
  filtered: boolean;
}

/** "Official only: 14 events": where one column alone speaks, each a toggle that shows just those rows. */
export function Blindspots({ index, matrix, only, onOnly, filtered }: Props) {
  const columns = matrix.columns.flatMap((column, c) => (matrix.onlyCounts[c]! > 0 ? [{ column, c }] : []));
  const elsewhere = matrix.onlyCounts.reduce((sum, n, c) => sum + n - matrix.onlySilentCounts[c]!, 0);
  if (matrix.columns.length < 2) return null;
  return (
    <div className="mt-3 text-sm">
      <div role="group" aria-labelledby="blindspots-label" className="flex flex-wrap items-center gap-2">
        <span id="blindspots-label" className="font-semibold">
          Blindspots
        </span>
        {columns.length === 0 && (
          <span className="text-muted">none: on every event shown, at least two of these columns speak.</span>
        )}
        {columns.map(({ column, c }) => (
          <button
            key={column.key}
            type="button"
            aria-pressed={only === c}
            onClick={() => onOnly(only === c ? -1 : c)}
            className={`rounded-full border px-2.5 py-0.5 ${
              only === c ? 'border-ink bg-ink font-semibold text-paper' : 'border-ink/40 hover:border-ink'
            }`}
          >
            {columnLabel(index, column)} only: {plural(matrix.onlyCounts[c]!, 'event')}
          </button>
        ))}
      </div>
      <p className="mt-1 text-muted">
        Events on which one of the chosen columns speaks and the others say nothing
        {filtered ? ' among the filtered claims' : ''}; select one to show just those rows.
        {elsewhere > 0 && (
          <> On {formatNumber(elsewhere)} of them, another column speaks in claims the filters leave out.</>
        )}
      </p>
    </div>
  );
}
