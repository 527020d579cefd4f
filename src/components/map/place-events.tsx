import { Link, useLocation } from 'react-router';
import { formatEventDate } from '../../domain/dates.ts';
import { canonicalSearch } from '../../domain/url-codec.ts';
import { useFilters, useIndex } from '../../store/explorer-store.ts';
import { AppLink } from '../../url/app-link.tsx';
import { plural } from '../../domain/numbers.ts';

export interface PlaceEntry {
  key: string;
  name: string;
  /** Event positions, in time order. */
  events: number[];
}

/** Events without coordinates, by place name, for the list under the map. */
export function entriesByName(events: readonly number[], placeOf: (position: number) => string): PlaceEntry[] {
  const byName = new Map<string, number[]>();
  for (const position of events) {
    const name = placeOf(position);
    const list = byName.get(name);
    if (list) list.push(position);
    else byName.set(name, [position]);
  }
  return [...byName.entries()].map(([name, list]) => ({ key: name, name, events: list }));
}

/**
 * Places and their events, as links. A busy place lists its first events and links to
 * the list view filtered to it, so that 10,000 events never become 10,000 links here.
 */
export function PlaceEvents({ places, limit = 12 }: { places: readonly PlaceEntry[]; limit?: number }) {
  const index = useIndex();
  return (
    <ul className="space-y-3">
      {places.map((place) => {
        const more = place.events.length - limit;
        return (
          <li key={place.key} data-place={place.name}>
            <p className="font-semibold">
              {place.name} <span className="font-normal text-muted">· {plural(place.events.length, 'event')}</span>
            </p>
            <ul className="mt-1 space-y-1 text-sm">
              {place.events.slice(0, limit).map((position) => {
                const event = index.events[position]!;
                return (
                  <li key={event.id}>
                    <AppLink to={`/events/${event.id}`}>{event.title}</AppLink>{' '}
                    <span className="whitespace-nowrap text-muted">· {formatEventDate(event.date)}</span>
                  </li>
                );
              })}
              {more > 0 && (
                <li>
                  <ShowInList place={place.name}>
                    and {plural(more, 'more event')}: list every event in {place.name}
                  </ShowInList>
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

/** A link to the list view with the current filters narrowed to one place. */
function ShowInList({ place, children }: { place: string; children: React.ReactNode }) {
  const filters = useFilters();
  const { search } = useLocation();
  return (
    <Link to={{ pathname: '/', search: canonicalSearch({ ...filters, place: [place], view: 'list' }, search) }}>
      {children}
    </Link>
  );
}
