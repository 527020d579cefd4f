import { useEffect } from 'react';
import type { TimeBin } from '../../domain/tallies.ts';
import { dayToX, periodLabel, type TimeScale } from '../../domain/time-scale.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { STANCE_BG, STANCE_LABEL } from '../labels.ts';
import { anchorAt } from './axis-ticks.tsx';

/**
 * What the bar under the pointer stands for: its period and its claims per stance. It
 * sits above the bars, so that it never hides the one it describes, and Escape hides it.
 */
export function BarTooltip({ bin, scale, onDismiss }: { bin: TimeBin; scale: TimeScale; onDismiss: () => void }) {
  useEffect(() => {
    const dismiss = (event: KeyboardEvent) => event.key === 'Escape' && onDismiss();
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [onDismiss]);
  const x = (dayToX(scale, bin.from) + dayToX(scale, bin.to + 1)) / 2;
  const stances = STANCES.map((stance, s) => ({ stance, count: bin.stances[s]! })).filter((s) => s.count > 0);
  return (
    <div
      role="tooltip"
      data-testid="bar-tooltip"
      className={`pointer-events-none absolute bottom-full z-10 mb-1 rounded border border-rule bg-paper px-2 py-1 text-xs whitespace-nowrap text-ink shadow-sm ${anchorAt(x)}`}
      style={{ left: `${x * 100}%` }}
    >
      <p className="font-semibold">
        {periodLabel(bin, scale.unit.kind)}:{' '}
        {bin.total === 0 ? 'no claims' : `${bin.total} ${bin.total === 1 ? 'claim' : 'claims'}`}
      </p>
      {stances.length > 0 && (
        <ul>
          {stances.map(({ stance, count }) => (
            <li key={stance} className="flex items-center gap-1.5 tabular-nums">
              <span className={`inline-block size-2 rounded-full ${STANCE_BG[stance]}`} aria-hidden="true" />
              {STANCE_LABEL[stance]}: {count}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
