import type { Figure } from '../../domain/schema.ts';
import { formatAmount } from '../../domain/figures.ts';
import { QUANTITY_LABEL } from '../labels.ts';

/** The amount with its unit, as the claim states it. */
export function formatFigure(figure: Figure): string {
  return `${formatAmount(figure)}${figure.unit ? ` ${figure.unit}` : ''}`;
}

/** The numbers a claim states, as structured data beside the quote. */
export function FigureList({ figures }: { figures: Figure[] }) {
  return (
    <dl className="mt-3 flex flex-wrap gap-2 text-sm">
      {figures.map((figure, i) => (
        <div key={i} className="rounded border border-rule px-2 py-1">
          <dt className="text-xs text-muted">
            {QUANTITY_LABEL[figure.quantity]}: {figure.label}
          </dt>
          <dd className="font-semibold tabular-nums">{formatFigure(figure)}</dd>
        </div>
      ))}
    </dl>
  );
}
