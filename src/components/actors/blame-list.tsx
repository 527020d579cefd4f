import type { BlameEdge } from '../../domain/blame.ts';
import { plural } from '../../domain/numbers.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AppLink } from '../../url/app-link.tsx';
import { OBJECT_ROLE_LABEL, STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

/** How many claims each pair lists before "and N more": an actor of a large archive has thousands. */
const CLAIMS_SHOWN = 5;

/**
 * One side of who blames whom on an actor page: each other actor with the role and the
 * claims (linked) that put them together. `side` says which end of the edge to name.
 */
export function BlameList({ edges, side, label }: { edges: BlameEdge[]; side: 'from' | 'to'; label: string }) {
  const index = useIndex();
  return (
    <ul className="mt-3 space-y-3" aria-label={label}>
      {edges.map((edge) => {
        const other = index.actorById.get(edge[side]);
        const rest = edge.claimIds.length - CLAIMS_SHOWN;
        return (
          <li key={`${edge.from}-${edge.to}-${edge.role}`}>
            <p className="flex flex-wrap items-center gap-x-2">
              {other && <StanceSwatch stance={other.stance} />}
              <AppLink to={`/actors/${edge[side]}`} className="font-semibold">
                {other?.name ?? edge[side]}
              </AppLink>
              <span className="text-muted">
                {other && `${STANCE_LABEL[other.stance]} · `}
                {OBJECT_ROLE_LABEL[edge.role]} · {plural(edge.claimIds.length, 'claim')}
              </span>
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-8 text-sm">
              {edge.claimIds.slice(0, CLAIMS_SHOWN).map((id) => {
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
          </li>
        );
      })}
    </ul>
  );
}
