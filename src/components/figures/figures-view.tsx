import { useDeferredValue, useMemo } from 'react';
import { figuresAcross } from '../../domain/figures-across.ts';
import type { FilterResult, Filters } from '../../domain/filters.ts';
import { formatNumber, plural } from '../../domain/numbers.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AcrossChartSection } from './across-chart.tsx';
import { ShapeLegend } from './stance-shape.tsx';

/**
 * The numbers across events: for the filtered claims, every side's figures of one
 * quantity (killed, arrested, seized leaflets…) on one chart, a row per event, so that a
 * reader sees where official and other counts part, event by event.
 */
export function FiguresView({ result: latest }: { result: FilterResult; filters: Filters }) {
  const index = useIndex();
  // The charts follow the filters in a later, interruptible render: the filters answer first.
  const result = useDeferredValue(latest);
  const across = useMemo(() => figuresAcross(index, result), [index, result]);
  if (across.figures === 0) {
    return (
      <p className="mt-3 text-muted">
        The matching claims give no numbers. Figures are coded on claims of casualties, arrests, seizures and the like;
        widen the filters to see them.
      </p>
    );
  }
  return (
    <div className="mt-3">
      <p className="max-w-3xl text-sm">
        {formatNumber(across.claims)} of {plural(result.claimCount, 'matching claim')}{' '}
        {across.claims === 1 ? 'gives' : 'give'} {plural(across.figures, 'figure')}: one chart per quantity, one row per
        event in time order, every side on the same axis. Each point links to its claim.
      </p>
      <div className="mt-2">
        <ShapeLegend />
      </div>
      <div className="mt-4 grid gap-4">
        {across.charts.map((chart) => (
          <AcrossChartSection key={chart.key} chart={chart} />
        ))}
      </div>
    </div>
  );
}
