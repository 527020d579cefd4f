import type { Stance } from '../domain/schema.ts';
import { STANCE_BG, STANCE_HINT, STANCE_LABEL } from './labels.ts';

/** A stance is always named; its colour only repeats what the label says. */
export function StanceSwatch({ stance, className = '' }: { stance: Stance; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-2.5 shrink-0 rounded-full border border-black/30 dark:border-white/40 ${STANCE_BG[stance]} ${className}`}
    />
  );
}

export function StanceBadge({ stance, count }: { stance: Stance; count?: number }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-sm whitespace-nowrap" title={STANCE_HINT[stance]}>
      <StanceSwatch stance={stance} />
      <span>{STANCE_LABEL[stance]}</span>
      {count !== undefined && <span className="text-muted tabular-nums">{count}</span>}
    </span>
  );
}
