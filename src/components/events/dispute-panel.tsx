import { resolveDispute } from '../../domain/accounts.ts';
import type { Dispute } from '../../domain/schema.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { STANCE_LABEL } from '../labels.ts';

/** One disputed question with every position side by side, and who holds each. */
export function DisputePanel({ dispute }: { dispute: Dispute }) {
  const index = useIndex();
  const { positions } = resolveDispute(dispute, index);
  return (
    <section aria-labelledby={`dispute-${dispute.id}`} className="rounded-md border border-rule p-4">
      <h3 id={`dispute-${dispute.id}`} className="text-lg font-semibold">
        {dispute.question}
      </h3>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {positions.map((position) => (
          <li key={position.label} className="rounded bg-rule/30 p-3">
            <p className="font-serif font-semibold">{position.label}</p>
            <ul className="mt-2 space-y-1 text-sm" aria-label={`Who holds “${position.label}”`}>
              {position.holders.map(({ actor, stance }) => {
                const first = position.claims.find((claim) => claim.actorId === actor.id);
                return (
                  <li key={actor.id} className="flex items-baseline gap-1.5">
                    <StanceSwatch stance={stance} className="translate-y-px" />
                    <span>
                      <a href={`#claim-${first?.id ?? ''}`}>{actor.name}</a>{' '}
                      <span className="text-muted">({STANCE_LABEL[stance]})</span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
