/**
 * Who blames whom: the edges from a claim's claimant to the actors it is about
 * (Political Claims Analysis' object actors), one edge per pair and role, with the
 * claims that make it. The actor page lists them; a network view draws them.
 */
import type { Claim, ObjectRole } from './schema.ts';
import { OBJECT_ROLES } from './vocabulary.ts';

export interface BlameEdge {
  /** The claimant. */
  from: string;
  /** The actor the claims are about. */
  to: string;
  role: ObjectRole;
  /** The claims along this edge, in the order given. */
  claimIds: string[];
}

/** The claimant → object edges of some claims: most claims first, then by role and ids. */
export function blameEdges(claims: Iterable<Claim>): BlameEdge[] {
  const edges = new Map<string, BlameEdge>();
  // The claims already on each edge: a pair that thousands of claims make stays linear.
  const seen = new Map<string, Set<string>>();
  for (const claim of claims) {
    for (const { actorId, role } of claim.object ?? []) {
      const key = `${claim.actorId}\u0000${actorId}\u0000${role}`;
      const edge = edges.get(key);
      if (!edge) {
        edges.set(key, { from: claim.actorId, to: actorId, role, claimIds: [claim.id] });
        seen.set(key, new Set([claim.id]));
      } else if (!seen.get(key)!.has(claim.id)) {
        edge.claimIds.push(claim.id);
        seen.get(key)!.add(claim.id);
      }
    }
  }
  const rank = (role: ObjectRole) => OBJECT_ROLES.indexOf(role);
  return [...edges.values()].sort(
    (a, b) =>
      b.claimIds.length - a.claimIds.length ||
      rank(a.role) - rank(b.role) ||
      (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
      (a.to < b.to ? -1 : a.to > b.to ? 1 : 0),
  );
}
