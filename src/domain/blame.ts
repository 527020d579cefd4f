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

/** One actor at the far end of an actor page's edges, with each role the claims give it. */
export interface BlameGroup {
  actorId: string;
  /** Its claims, each counted once however many roles it gives. */
  claimCount: number;
  /** One per role, in the order of the edges given. */
  edges: BlameEdge[];
}

/**
 * `edges` gathered by the actor at their `side` end, so that an actor both accused and
 * blamed by the same claimant is listed once: most claims first, ties in the order given.
 */
export function blameByActor(edges: readonly BlameEdge[], side: 'from' | 'to'): BlameGroup[] {
  const groups = new Map<string, { group: BlameGroup; claims: Set<string> }>();
  for (const edge of edges) {
    const actorId = edge[side];
    let entry = groups.get(actorId);
    if (!entry) groups.set(actorId, (entry = { group: { actorId, claimCount: 0, edges: [] }, claims: new Set() }));
    entry.group.edges.push(edge);
    for (const id of edge.claimIds) entry.claims.add(id);
    entry.group.claimCount = entry.claims.size;
  }
  // A stable sort: equal counts keep the edges' order.
  return [...groups.values()].map(({ group }) => group).sort((a, b) => b.claimCount - a.claimCount);
}
