import { blameByActor, type BlameEdge } from '../../domain/blame.ts';
import { plural } from '../../domain/numbers.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AppLink } from '../../url/app-link.tsx';
import { OBJECT_ROLE_LABEL, STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

/** How many claims each pair lists before "and N more": an actor of a large archive has thousands. */
const CLAIMS_SHOWN = 5;

/**
 * One side of who blames whom on an actor page: each other actor once, with each role the
 * claims give it and the claims (linked) that put them together. `side` says which end of
 * the edges to name.
 */
export function BlameList({ edges, side, label }: { edges: BlameEdge[]; side: 'from' | 'to'; label: string }) {
  const index = useIndex();
  return (
    <ul className="mt-3 space-y-3" aria-label={label}>
      {blameByActor(edges, side).map(({ actorId, claimCount, edges: roles }) => {
        const other = index.actorById.get(actorId);
        const [only] = roles.length === 1 ? roles : [];
        return (
          <li key={actorId}>
            <p className="flex flex-wrap items-center gap-x-2">
              {other && <StanceSwatch stance={other.stance} />}
              <AppLink to={`/actors/${actorId}`} className="font-semibold">
                {other?.name ?? actorId}
              </AppLink>
              <span className="text-muted">
                {other && `${STANCE_LABEL[other.stance]} · `}
                {only && `${OBJECT_ROLE_LABEL[only.role]} · `}
                {plural(claimCount, 'claim')}
              </span>
            </p>
            {roles.map((edge) => (
              <div key={edge.role}>
                {!only && (
                  <p className="mt-1 pl-8 text-sm text-muted">
                    {OBJECT_ROLE_LABEL[edge.role]} · {plural(edge.claimIds.length, 'claim')}
                  </p>
                )}
                <ClaimLinks ids={edge.claimIds} />
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

function ClaimLinks({ ids }: { ids: string[] }) {
  const index = useIndex();
  const rest = ids.length - CLAIMS_SHOWN;
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-8 text-sm">
      {ids.slice(0, CLAIMS_SHOWN).map((id) => {
        const claim = index.claimById.get(id);
        return (
          claim && (
            <li key={id}>
              <AppLink to={claimPath(claim.eventId, claim.id)}>{claim.summary}</AppLink>
            </li>
          )
        );
      })}
      {rest > 0 && <li className="list-none text-muted">and {plural(rest, 'more claim')}</li>}
    </ul>
  );
}
