import { claimStance } from '../../domain/dataset-index.ts';
import { formatEventDate } from '../../domain/dates.ts';
import { plural } from '../../domain/numbers.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AppLink } from '../../url/app-link.tsx';
import { StanceBadge } from '../stance-badge.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

/**
 * Claims as one line each (who, stance, what, the way it took, on which event), each a
 * link to the claim on its event's page. A long list shows its first `limit`, and says so.
 */
export function RelayClaims({ positions, limit = 25 }: { positions: readonly number[]; limit?: number }) {
  const index = useIndex();
  const more = positions.length - limit;
  return (
    <>
      <ul className="mt-2 space-y-2 text-sm">
        {positions.slice(0, limit).map((position) => {
          const claim = index.claims[position]!;
          const event = index.eventById.get(claim.eventId);
          const name = (id: string) => index.actorById.get(id)?.name ?? id;
          const via = claim.reportedVia.map(name);
          return (
            <li key={claim.id} className="border-l-2 border-rule pl-2">
              <AppLink to={claimPath(claim.eventId, claim.id)}>{claim.summary}</AppLink>
              <span className="mt-0.5 flex flex-wrap items-center gap-x-2 text-muted">
                <span>{name(claim.actorId)}</span>
                <StanceBadge stance={claimStance(claim, index.actorById)} />
                {via.length > 0 && <span>via {via.join(' → ')}</span>}
                {event && (
                  <span>
                    · {event.title}, {formatEventDate(event.date)}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="mt-2 text-sm text-muted">and {plural(more, 'more claim')}, not listed here.</p>}
    </>
  );
}
