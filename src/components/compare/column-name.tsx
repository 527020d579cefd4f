import type { CompareColumn } from '../../domain/compare.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { STANCE_HINT, STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';

/** A column's name in words: the stance's label, or the actor's name. */
export function columnLabel(index: DatasetIndex, column: CompareColumn): string {
  return column.kind === 'stance'
    ? STANCE_LABEL[column.stance]
    : (index.actorById.get(column.actorId)?.name ?? column.actorId);
}

/** A column's name with its colour: a stance's own, an actor's the stance it usually speaks from. */
export function ColumnName({ index, column }: { index: DatasetIndex; column: CompareColumn }) {
  const actor = column.kind === 'actor' ? index.actorById.get(column.actorId) : undefined;
  const stance = column.kind === 'stance' ? column.stance : (actor?.stance ?? 'other');
  return (
    <span
      className="inline-flex min-w-0 items-center gap-1.5"
      title={column.kind === 'stance' ? STANCE_HINT[stance] : `${actor?.role ?? 'Actor'} (${STANCE_LABEL[stance]})`}
    >
      <StanceSwatch stance={stance} />
      <span className="min-w-0 break-words">{columnLabel(index, column)}</span>
    </span>
  );
}
