/** Grouping one event's claims into accounts by stance, and its disputes into positions. */
import { claimStance, type DatasetIndex } from './dataset-index.ts';
import { STANCES } from './vocabulary.ts';
import type { Actor, Claim, Dispute, Stance } from './schema.ts';

/** These always get a column, so that their silence shows. */
export const CORE_STANCES: readonly Stance[] = ['official', 'opposition', 'analyst'];

export interface StanceColumn {
  stance: Stance;
  claims: Claim[];
}

export interface Accounts {
  columns: StanceColumn[];
  /** Stances with no claim about the event, the core ones included. */
  silent: Stance[];
}

export function groupByStance(claims: readonly Claim[], actorById: ReadonlyMap<string, Actor>): Accounts {
  const byStance = new Map<Stance, Claim[]>();
  for (const claim of claims) {
    const stance = claimStance(claim, actorById);
    const list = byStance.get(stance);
    if (list) list.push(claim);
    else byStance.set(stance, [claim]);
  }
  const columns = STANCES.filter((stance) => CORE_STANCES.includes(stance) || byStance.has(stance)).map((stance) => ({
    stance,
    claims: byStance.get(stance) ?? [],
  }));
  return { columns, silent: STANCES.filter((stance) => !byStance.has(stance)) };
}

export interface ResolvedPosition {
  label: string;
  claims: Claim[];
  /** Who holds the position, each once, with the stance they spoke from. */
  holders: { actor: Actor; stance: Stance }[];
}

export function resolveDispute(
  dispute: Dispute,
  index: DatasetIndex,
): { dispute: Dispute; positions: ResolvedPosition[] } {
  return {
    dispute,
    positions: dispute.positions.map((position) => {
      const claims = position.claimIds.map((id) => index.claimById.get(id)).filter((c) => c !== undefined);
      const holders = new Map<string, { actor: Actor; stance: Stance }>();
      for (const claim of claims) {
        const actor = index.actorById.get(claim.actorId);
        if (actor && !holders.has(actor.id))
          holders.set(actor.id, { actor, stance: claimStance(claim, index.actorById) });
      }
      return { label: position.label, claims, holders: [...holders.values()] };
    }),
  };
}
