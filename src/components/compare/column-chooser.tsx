import { moveColumn, type CompareColumn } from '../../domain/compare.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { MAX_COLUMNS } from '../../domain/url-codec.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { ActorSearch } from './actor-search.tsx';
import { columnLabel, ColumnName } from './column-name.tsx';

interface Props {
  index: DatasetIndex;
  columns: readonly CompareColumn[];
  onChange: (keys: string[]) => void;
  /** Start folded (on a phone, where the table needs the room). */
  folded?: boolean;
}

/** The columns in order, each movable and removable, and stances and actors to add. */
export function ColumnChooser({ index, columns, onChange, folded = false }: Props) {
  const keys = columns.map((column) => column.key);
  const full = keys.length >= MAX_COLUMNS;
  const missing = STANCES.filter((stance) => !keys.includes(`stance:${stance}`));
  const smallButton = 'rounded px-1.5 leading-6 hover:bg-rule/60 disabled:opacity-30 disabled:hover:bg-transparent';
  return (
    <details className="mt-3 rounded border border-rule text-sm" open={!folded}>
      <summary className="cursor-pointer px-3 py-2 font-semibold">
        Columns: {keys.length} of at most {MAX_COLUMNS}
      </summary>
      <div className="grid gap-3 border-t border-rule px-3 py-3">
        <ol aria-label="Chosen columns, left to right" className="flex flex-wrap gap-2">
          {columns.map((column, i) => {
            const name = columnLabel(index, column);
            return (
              <li key={column.key} className="flex items-center gap-1 rounded border border-rule py-0.5 pr-0.5 pl-2">
                <ColumnName index={index} column={column} />
                {column.kind === 'actor' && <span className="text-xs text-muted">actor</span>}
                <button
                  type="button"
                  className={smallButton}
                  disabled={i === 0}
                  onClick={() => onChange(moveColumn(keys, i, -1))}
                  aria-label={`Move ${name} left`}
                >
                  ←
                </button>
                <button
                  type="button"
                  className={smallButton}
                  disabled={i === columns.length - 1}
                  onClick={() => onChange(moveColumn(keys, i, 1))}
                  aria-label={`Move ${name} right`}
                >
                  →
                </button>
                <button
                  type="button"
                  className={smallButton}
                  disabled={columns.length === 1}
                  onClick={() => onChange(keys.filter((key) => key !== column.key))}
                  aria-label={`Remove ${name}`}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ol>
        {missing.length > 0 && (
          <div role="group" aria-labelledby="add-stance-label" className="flex flex-wrap items-center gap-1.5">
            <span id="add-stance-label" className="font-semibold">
              Add a stance
            </span>
            {missing.map((stance) => (
              <button
                key={stance}
                type="button"
                disabled={full}
                onClick={() => onChange([...keys, `stance:${stance}`])}
                className="inline-flex items-center gap-1.5 rounded border border-rule px-2 py-0.5 hover:border-ink disabled:opacity-40"
              >
                <StanceSwatch stance={stance} />
                <span className="sr-only">Add </span>
                {STANCE_LABEL[stance]}
              </button>
            ))}
          </div>
        )}
        <ActorSearch
          index={index}
          chosen={new Set(columns.flatMap((column) => (column.kind === 'actor' ? [column.actorId] : [])))}
          disabled={full}
          onAdd={(actorId) => onChange([...keys, `actor:${actorId}`])}
        />
        {full && <p className="text-muted">Remove a column to add another.</p>}
      </div>
    </details>
  );
}
