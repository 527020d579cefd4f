import type { Stance } from '../../domain/schema.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { STANCE_FILL, STANCE_LABEL } from '../labels.ts';

/**
 * One shape per stance, so that a point on a chart says its stance without colour: in a
 * greyscale print, to a reader who cannot tell the colours apart, or where points crowd.
 * Polygons in a 14-unit box, all about as heavy, so that no stance looks louder.
 */
const SHAPE: Record<Stance, string> = {
  official: '', // a circle
  opposition: '2,2 12,2 12,12 2,12',
  analyst: '7,1 13.2,12.5 0.8,12.5',
  militant: '7,0.5 13.5,7 7,13.5 0.5,7',
  'foreign-government': '0.8,1.5 13.2,1.5 7,13',
  'international-org': '3.5,1 10.5,1 13.5,7 10.5,13 3.5,13 0.5,7',
  media: '5,1 9,1 9,5 13,5 13,9 9,9 9,13 5,13 5,9 1,9 1,5 5,5',
  other: '7,1 8.7,5.3 13.3,5.6 9.8,8.5 10.9,12.9 7,10.5 3.1,12.9 4.2,8.5 0.7,5.6 5.3,5.3',
};

/**
 * A stance's shape in its colour; hollow for a derived figure (a speaker's arithmetic on
 * another's number, not an estimate of its own), as the event page draws it.
 */
export function StanceShape({
  stance,
  hollow = false,
  size = 14,
  className = '',
}: {
  stance: Stance;
  hollow?: boolean;
  size?: number;
  className?: string;
}) {
  const paint = hollow
    ? { fill: 'var(--color-paper)', stroke: STANCE_FILL[stance], strokeWidth: 2.2 }
    : { fill: STANCE_FILL[stance], stroke: 'var(--color-ink)', strokeOpacity: 0.55, strokeWidth: 1 };
  return (
    <svg viewBox="0 0 14 14" width={size} height={size} aria-hidden="true" className={`shrink-0 ${className}`}>
      {SHAPE[stance] ? <polygon points={SHAPE[stance]} {...paint} /> : <circle cx="7" cy="7" r="6" {...paint} />}
    </svg>
  );
}

/** Which shape is which stance, and what a hollow one means. */
export function ShapeLegend({ stances = STANCES }: { stances?: readonly Stance[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Key to the points">
      {stances.map((stance) => (
        <li key={stance} className="inline-flex items-center gap-1.5">
          <StanceShape stance={stance} />
          {STANCE_LABEL[stance]}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5 text-muted">
        <StanceShape stance="official" hollow />
        hollow: derived (arithmetic on another’s number)
      </li>
      <li className="inline-flex items-center gap-1.5 text-muted">
        <StanceShape stance="official" className="opacity-60" />
        faint: approximate
      </li>
    </ul>
  );
}
