import type { NarrativeEvent } from '../../domain/schema.ts';
import { formatEventDate } from '../../domain/dates.ts';
import { AppLink } from '../../url/app-link.tsx';

/** A row's header: when, what (a link to the event), and a mark where only one column speaks. */
export function EventHeader({ event, only }: { event: NarrativeEvent; only: string | null }) {
  return (
    <th scope="row" className="border-b border-rule p-2 text-left align-top font-normal">
      <time dateTime={event.date.start} className="block text-xs text-muted tabular-nums">
        {formatEventDate(event.date)}
      </time>
      <AppLink to={`/events/${event.id}`} className="font-semibold break-words text-ink no-underline hover:underline">
        {event.title}
      </AppLink>
      {only && (
        <span className="mt-1 block w-fit rounded-full border border-ink/40 px-2 text-xs" data-blindspot="">
          {only} only
        </span>
      )}
    </th>
  );
}
