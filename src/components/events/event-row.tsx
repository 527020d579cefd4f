import { memo } from 'react';
import { CORE_STANCES } from '../../domain/accounts.ts';
import { formatEventDate } from '../../domain/dates.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import type { Claim, NarrativeEvent } from '../../domain/schema.ts';
import { AppLink } from '../../url/app-link.tsx';
import { CLAIM_TYPE_LABEL, STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';

export interface EventRowPreview {
  claim: Claim;
  actorName: string;
}

interface Props {
  event: NarrativeEvent;
  /** Claims per stance, in STANCES order (of the matching claims when filters are set). */
  stanceCounts: Uint32Array | undefined;
  /** A few matching claims to show under the title when filters are set. */
  preview: EventRowPreview[];
  more: number;
}

/** One event in the list: when, what, where, and how much each stance says about it. */
export const EventRow = memo(function EventRow({ event, stanceCounts, preview, more }: Props) {
  const shownStances = STANCES.filter((stance, i) => CORE_STANCES.includes(stance) || (stanceCounts?.[i] ?? 0) > 0);
  return (
    <article
      className="grid gap-x-4 border-b border-rule py-4 sm:grid-cols-[9rem_1fr]"
      aria-labelledby={`event-${event.id}`}
    >
      <p className="text-sm text-muted tabular-nums sm:pt-1">
        <time dateTime={event.date.start}>{formatEventDate(event.date)}</time>
      </p>
      <div className="min-w-0">
        <h3 id={`event-${event.id}`} className="text-lg leading-snug font-semibold">
          <AppLink to={`/events/${event.id}`} className="text-ink no-underline hover:underline">
            {event.title}
          </AppLink>
        </h3>
        <p className="text-sm text-muted">{event.place.name}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Claims by stance">
          {shownStances.map((stance) => {
            const count = stanceCounts?.[STANCES.indexOf(stance)] ?? 0;
            return (
              <li key={stance} className={`flex items-center gap-1.5 ${count === 0 ? 'text-muted' : ''}`}>
                <StanceSwatch stance={stance} className={count === 0 ? 'opacity-40' : ''} />
                {STANCE_LABEL[stance]} <span className="tabular-nums">{count === 0 ? 'silent' : count}</span>
              </li>
            );
          })}
        </ul>
        {preview.length > 0 && (
          <ul className="mt-2 space-y-1 text-sm" aria-label="Matching claims">
            {preview.map(({ claim, actorName }) => (
              <li key={claim.id} className="truncate">
                <AppLink to={`/events/${event.id}#claim-${claim.id}`}>{actorName}</AppLink>{' '}
                <span className="text-muted">({CLAIM_TYPE_LABEL[claim.type].toLowerCase()}):</span> {claim.summary}
              </li>
            ))}
            {more > 0 && <li className="text-muted">and {more} more matching claims</li>}
          </ul>
        )}
      </div>
    </article>
  );
});
