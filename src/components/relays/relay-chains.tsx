import { useMemo } from 'react';
import { plural } from '../../domain/numbers.ts';
import { chainsOf, SOURCE_PREFIX } from '../../domain/relay-network.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AppLink } from '../../url/app-link.tsx';
import { StanceBadge } from '../stance-badge.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

/**
 * How an event's claims reached their sources: each distinct chain claimant → relays →
 * source, with its claims linked below it. Claims that came to the source straight from
 * their claimant are counted, not listed again.
 */
export function RelayChains({ eventId }: { eventId: string }) {
  const index = useIndex();
  const chains = useMemo(() => chainsOf(index, index.claimsByEvent.get(eventId) ?? []), [index, eventId]);
  const relayed = chains.filter((chain) => chain.steps.length > 2);
  const direct = chains.reduce((sum, chain) => sum + (chain.steps.length > 2 ? 0 : chain.claims.length), 0);
  if (relayed.length === 0) return null;
  const name = (id: string) =>
    id.startsWith(SOURCE_PREFIX)
      ? (index.sourceById.get(id.slice(SOURCE_PREFIX.length))?.title ?? id)
      : (index.actorById.get(id)?.name ?? id);

  return (
    <section aria-labelledby="chains-heading" className="mt-8">
      <h2 id="chains-heading" className="text-2xl font-semibold">
        How the words travelled
      </h2>
      <p className="mt-1 text-sm text-muted">
        Each way a claim took from its claimant, through the outlets and authors who passed it on, to the source we read
        it in.
        {direct > 0 && ` ${plural(direct, 'claim')} reached the source straight from the claimant.`}
      </p>
      <ul className="mt-3 space-y-3">
        {relayed.map((chain) => {
          const claimant = index.actorById.get(chain.steps[0]!);
          return (
            <li key={chain.steps.join('>')} className="rounded border border-rule p-2">
              <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm">
                <span className="font-semibold">{name(chain.steps[0]!)}</span>
                {claimant && <StanceBadge stance={claimant.stance} />}
                {chain.steps.slice(1).map((id) => (
                  <span key={id} className="inline-flex items-center gap-1.5">
                    <span aria-hidden="true">→</span>
                    <span className="sr-only">then</span>
                    <span className={id.startsWith(SOURCE_PREFIX) ? 'italic' : ''}>{name(id)}</span>
                  </span>
                ))}
                <span className="text-muted">· {plural(chain.claims.length, 'claim')}</span>
              </p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                {chain.claims.map((position) => {
                  const claim = index.claims[position]!;
                  return (
                    <li key={claim.id}>
                      <AppLink to={claimPath(claim.eventId, claim.id)}>{claim.summary}</AppLink>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
