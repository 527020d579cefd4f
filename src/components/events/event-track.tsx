import { useMemo } from 'react';
import type { FilterResult } from '../../domain/filters.ts';
import { stanceCountsByEvent } from '../../domain/tallies.ts';
import { eventMarks, type EventMark } from '../../domain/time-track.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { STANCE_FILL } from '../labels.ts';

/** Slots for merging marks: finer than the bars, so a month still reads as a month. */
const SLOTS = 240;

/** Hatching over a mark says its date is approximate. */
export const HATCH = 'repeating-linear-gradient(135deg, var(--color-paper) 0 1.5px, transparent 1.5px 4px)';

/** Bands of stance colour, top to bottom, in proportion to the claims that speak about the events. */
function stanceBands(mark: EventMark): string {
  const total = mark.stances.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'var(--color-muted)';
  const stops: string[] = [];
  let at = 0;
  STANCES.forEach((stance, s) => {
    const count = mark.stances[s]!;
    if (!count) return;
    const next = at + (count / total) * 100;
    stops.push(`${STANCE_FILL[stance]} ${at}% ${next}%`);
    at = next;
  });
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}

/**
 * Each filtered event over the days it covers: a day-precise event is a tick, a
 * month-precise one spans its month, a year-precise one its year (lighter, so the
 * events inside it show through); approximate dates are hatched.
 */
export function EventTrack({ result, extent }: { result: FilterResult; extent: { from: number; to: number } }) {
  const index = useIndex();
  const marks = useMemo(
    () => eventMarks(index, result.events, stanceCountsByEvent(index, result.claims), extent, SLOTS),
    [index, result, extent],
  );
  const span = extent.to - extent.from + 1;
  return (
    <div className="relative mt-1 h-2.5 bg-rule/40" aria-hidden="true" data-testid="event-track">
      {marks.map((mark) => (
        <div
          key={`${mark.from}-${mark.to}-${mark.approximate}`}
          data-precision={mark.precision}
          data-approximate={mark.approximate || undefined}
          className="absolute inset-y-0"
          style={{
            left: `${((mark.from - extent.from) / span) * 100}%`,
            width: `max(2px, ${((mark.to - mark.from + 1) / span) * 100}%)`,
            background: mark.approximate ? `${HATCH}, ${stanceBands(mark)}` : stanceBands(mark),
            opacity: mark.precision === 'year' ? 0.55 : 1,
          }}
        />
      ))}
    </div>
  );
}
