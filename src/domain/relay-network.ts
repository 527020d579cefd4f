/**
 * Who relayed whom: the matching claims as chains claimant → relay → … → source, merged
 * into one directed graph whose edges count claims. Built from the index's typed columns
 * in two passes over the matches (one to weigh every actor and source, one to count the
 * edges between those that are drawn), so 100,000 claims take milliseconds. Beyond a cap,
 * the lightest nodes fold into two nodes, "other actors" and "other sources" (so that the
 * sources stay on the right), which the view names, with what they hold.
 */
import type { DatasetIndex } from './dataset-index.ts';
import type { FilterResult } from './filters.ts';
import { plural } from './numbers.ts';
import type { Stance } from './schema.ts';
import { STANCES } from './vocabulary.ts';

/** The nodes standing for the folded actors and sources: not slugs, so they never meet a real id. */
export const OTHER_ACTORS_ID = 'folded:actors';
export const OTHER_SOURCES_ID = 'folded:sources';
export const isFolded = (id: string) => id === OTHER_ACTORS_ID || id === OTHER_SOURCES_ID;
export const SOURCE_PREFIX = 'source:';
/** How many actors and sources a network draws before it folds the rest. */
export const DEFAULT_NODE_CAP = 60;

export type NodeKind = 'claimant' | 'relay' | 'source';

export interface RelayNode {
  /** An actor id, `source:<source id>`, OTHER_ACTORS_ID or OTHER_SOURCES_ID. */
  id: string;
  label: string;
  /** What the node is in these claims: a node can be claimant and relay at once. */
  kinds: NodeKind[];
  /** The actor's own stance; none for sources and the folded node. */
  stance?: Stance;
  /** Matching claims it made, passed on, and (a source) holds. */
  made: number;
  relayed: number;
  contained: number;
}

export interface RelayEdge {
  from: string;
  to: string;
  /** Matching claims along it, each once however often its chain takes the edge. */
  claims: number;
}

/** One relay actor: the claims it passed on, per stance of the claim (in STANCES order). */
export interface Amplifier {
  actorId: string;
  label: string;
  stance: Stance;
  byStance: number[];
  total: number;
}

export interface FoldedNode {
  id: string;
  label: string;
  kind: 'actor' | 'source';
  claims: number;
}

export interface RelayNetwork {
  /** Drawn nodes, most claims first; the folded nodes, if any, last (actors, then sources). */
  nodes: RelayNode[];
  /** Most claims first. */
  edges: RelayEdge[];
  /** Every actor that relayed a matching claim, folded or not, most claims first. */
  amplifiers: Amplifier[];
  /** What the folded nodes hold, most claims first; empty when everything is drawn. */
  folded: FoldedNode[];
  claimCount: number;
  /** Of those, the claims that passed through at least one relay. */
  relayedCount: number;
  /** Which drawn node (a position in `nodes`) each actor and source code maps to, -1 for none. */
  actorNode: Int32Array;
  sourceNode: Int32Array;
}

const byCount = (a: number, b: number) => b - a;

/**
 * Calls `visit(from, to)` once for each distinct edge of claim i's chain, over node numbers
 * given by `actorNode` and `sourceNode`. Consecutive steps on one node (a claimant that is
 * its own first relay, or two folded actors) are one step: the graph has no self-loops.
 */
export function walkChain(
  index: DatasetIndex,
  i: number,
  actorNode: ArrayLike<number>,
  sourceNode: ArrayLike<number>,
  visit: (from: number, to: number) => void,
  seen: number[] = [],
): void {
  const { actor, relayStart, relays, source } = index.columns;
  const end = relayStart[i + 1]!;
  let previous = actorNode[actor[i]!]!;
  let taken = 0;
  // The relays in order, then the source.
  for (let k = relayStart[i]!; k <= end; k++) {
    const next = k < end ? actorNode[relays[k]!]! : sourceNode[source[i]!]!;
    if (next === previous) continue;
    let again = false;
    for (let j = 0; j < taken; j += 2) again ||= seen[j] === previous && seen[j + 1] === next;
    if (!again) {
      seen[taken++] = previous;
      seen[taken++] = next;
      visit(previous, next);
    }
    previous = next;
  }
}

/** Whether claim i's chain passes through actor code `code` before position k of its relays. */
function relayedBefore(index: DatasetIndex, i: number, k: number, code: number): boolean {
  const { relayStart, relays } = index.columns;
  for (let j = relayStart[i]!; j < k; j++) if (relays[j] === code) return true;
  return false;
}

function sourceLabel(index: DatasetIndex, code: number): string {
  const id = index.sourceIds[code]!;
  return index.sourceById.get(id)?.title ?? id;
}

export function buildRelayNetwork(
  index: DatasetIndex,
  result: Pick<FilterResult, 'matches'>,
  cap = DEFAULT_NODE_CAP,
): RelayNetwork {
  const { columns, actors, sourceIds } = index;
  const { matches } = result;
  const A = actors.length;
  const S = sourceIds.length;
  const T = STANCES.length;

  // Pass 1: what each actor made and relayed, what each source holds, and per relay the
  // claims it passed on by stance. Node code n < A is an actor, A + s a source.
  const made = new Uint32Array(A);
  const relayed = new Uint32Array(A);
  const contained = new Uint32Array(S);
  const relayedByStance = new Uint32Array(A * T);
  let claimCount = 0;
  let relayedCount = 0;
  for (let i = 0; i < matches.length; i++) {
    if (!matches[i]) continue;
    claimCount++;
    if (columns.relayStart[i + 1]! > columns.relayStart[i]!) relayedCount++;
    made[columns.actor[i]!]!++;
    contained[columns.source[i]!]!++;
    const stance = columns.stance[i]!;
    for (let k = columns.relayStart[i]!; k < columns.relayStart[i + 1]!; k++) {
      const code = columns.relays[k]!;
      if (relayedBefore(index, i, k, code)) continue;
      relayed[code]!++;
      relayedByStance[code * T + stance]!++;
    }
  }

  // The heaviest nodes are drawn; the rest fold into one node for actors, one for sources.
  const weight = (n: number) => (n < A ? made[n]! + relayed[n]! : contained[n - A]!);
  const present: number[] = [];
  for (let n = 0; n < A + S; n++) if (weight(n) > 0) present.push(n);
  // Ties keep the index's order (actors by name, then sources in file order).
  present.sort((a, b) => byCount(weight(a), weight(b)) || a - b);
  const kept = present.length > cap ? present.slice(0, cap) : present;
  const foldedCodes = present.length > cap ? present.slice(cap) : [];

  const actorNode = new Int32Array(A).fill(-1);
  const sourceNode = new Int32Array(S).fill(-1);
  const place = (n: number, node: number) => (n < A ? (actorNode[n] = node) : (sourceNode[n - A] = node));
  kept.forEach((n, position) => place(n, position));
  const foldsActors = foldedCodes.some((n) => n < A);
  const foldsSources = foldedCodes.some((n) => n >= A);
  const otherActors = foldsActors ? kept.length : -1;
  const otherSources = foldsSources ? kept.length + (foldsActors ? 1 : 0) : -1;
  for (const n of foldedCodes) place(n, n < A ? otherActors : otherSources);

  const nodes: RelayNode[] = kept.map((n) => {
    if (n >= A)
      return {
        id: SOURCE_PREFIX + sourceIds[n - A]!,
        label: sourceLabel(index, n - A),
        kinds: ['source'],
        made: 0,
        relayed: 0,
        contained: contained[n - A]!,
      };
    const actor = actors[n]!;
    const kinds: NodeKind[] = [];
    if (made[n]) kinds.push('claimant');
    if (relayed[n]) kinds.push('relay');
    return {
      id: actor.id,
      label: actor.name,
      kinds,
      stance: actor.stance,
      made: made[n]!,
      relayed: relayed[n]!,
      contained: 0,
    };
  });
  const folded: FoldedNode[] = foldedCodes.map((n) =>
    n < A
      ? { id: actors[n]!.id, label: actors[n]!.name, kind: 'actor', claims: weight(n) }
      : { id: SOURCE_PREFIX + sourceIds[n - A]!, label: sourceLabel(index, n - A), kind: 'source', claims: weight(n) },
  );
  const count = (kind: FoldedNode['kind']) => folded.filter((node) => node.kind === kind).length;
  const empty = { kinds: [], made: 0, relayed: 0, contained: 0 };
  if (foldsActors)
    nodes.push({ id: OTHER_ACTORS_ID, label: othersLabel(count('actor'), 'actor'), ...empty, kinds: [] });
  if (foldsSources)
    nodes.push({ id: OTHER_SOURCES_ID, label: othersLabel(count('source'), 'source'), ...empty, kinds: ['source'] });

  // Pass 2: the edges between drawn nodes, each claim once per edge.
  const width = nodes.length;
  // A square of counts: at most (cap + 1)² entries.
  const edgeClaims = new Uint32Array(width * width);
  const seen: number[] = [];
  const tally = (from: number, to: number) => edgeClaims[from * width + to]!++;
  const actorsNode = nodes[otherActors];
  const sourcesNode = nodes[otherSources];
  for (let i = 0; i < matches.length; i++) {
    if (!matches[i]) continue;
    walkChain(index, i, actorNode, sourceNode, tally, seen);
    if (sourcesNode && sourceNode[columns.source[i]!] === otherSources) sourcesNode.contained++;
    // The folded actors count claims, as every node does, not their sum (a chain through
    // two of them is one claim they relayed).
    if (!actorsNode) continue;
    if (actorNode[columns.actor[i]!] === otherActors) actorsNode.made++;
    for (let k = columns.relayStart[i]!; k < columns.relayStart[i + 1]!; k++)
      if (actorNode[columns.relays[k]!] === otherActors) {
        actorsNode.relayed++;
        break;
      }
  }
  if (actorsNode) {
    if (actorsNode.made) actorsNode.kinds.push('claimant');
    if (actorsNode.relayed) actorsNode.kinds.push('relay');
  }
  const edges: RelayEdge[] = [];
  for (let key = 0; key < edgeClaims.length; key++)
    if (edgeClaims[key])
      edges.push({ from: nodes[Math.floor(key / width)]!.id, to: nodes[key % width]!.id, claims: edgeClaims[key]! });
  edges.sort((a, b) => byCount(a.claims, b.claims) || compareIds(a.from, b.from) || compareIds(a.to, b.to));

  const amplifiers: Amplifier[] = [];
  for (let n = 0; n < A; n++) {
    if (!relayed[n]) continue;
    const actor = actors[n]!;
    const byStance = Array.from(relayedByStance.subarray(n * T, (n + 1) * T));
    amplifiers.push({ actorId: actor.id, label: actor.name, stance: actor.stance, byStance, total: relayed[n]! });
  }
  amplifiers.sort((a, b) => byCount(a.total, b.total));

  return { nodes, edges, amplifiers, folded, claimCount, relayedCount, actorNode, sourceNode };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "1,943 other actors" */
export function othersLabel(count: number, kind: FoldedNode['kind']): string {
  return plural(count, `other ${kind}`);
}

/** A node's position in the network, or -1. */
export function nodePosition(network: RelayNetwork, id: string): number {
  return network.nodes.findIndex((node) => node.id === id);
}

/** The matching claims a drawn node made, passed on and (a source) holds, as claim positions. */
export function claimsAtNode(
  index: DatasetIndex,
  result: Pick<FilterResult, 'matches'>,
  network: RelayNetwork,
  id: string,
): { made: number[]; relayed: number[]; contained: number[] } {
  const node = nodePosition(network, id);
  const found = { made: [] as number[], relayed: [] as number[], contained: [] as number[] };
  if (node < 0) return found;
  const { columns } = index;
  for (let i = 0; i < result.matches.length; i++) {
    if (!result.matches[i]) continue;
    if (network.actorNode[columns.actor[i]!] === node) found.made.push(i);
    if (network.sourceNode[columns.source[i]!] === node) found.contained.push(i);
    for (let k = columns.relayStart[i]!; k < columns.relayStart[i + 1]!; k++)
      if (network.actorNode[columns.relays[k]!] === node) {
        found.relayed.push(i);
        break;
      }
  }
  return found;
}

/** The matching claims that travelled along one edge, as claim positions. */
export function claimsOnEdge(
  index: DatasetIndex,
  result: Pick<FilterResult, 'matches'>,
  network: RelayNetwork,
  from: string,
  to: string,
): number[] {
  const a = nodePosition(network, from);
  const b = nodePosition(network, to);
  const found: number[] = [];
  if (a < 0 || b < 0) return found;
  const seen: number[] = [];
  for (let i = 0; i < result.matches.length; i++) {
    if (!result.matches[i]) continue;
    let along = false;
    walkChain(index, i, network.actorNode, network.sourceNode, (x, y) => (along ||= x === a && y === b), seen);
    if (along) found.push(i);
  }
  return found;
}

/** One way some claims took: claimant, relays, source (ids as in the network), and the claims. */
export interface Chain {
  steps: string[];
  claims: number[];
}

/** The distinct chains of some claims (an event's), most claims first: for a page, not for 100,000. */
export function chainsOf(index: DatasetIndex, positions: readonly number[]): Chain[] {
  const chains = new Map<string, Chain>();
  for (const i of positions) {
    const claim = index.claims[i]!;
    const steps = [claim.actorId, ...claim.reportedVia, SOURCE_PREFIX + claim.sourceId];
    const key = steps.join('>');
    const chain = chains.get(key);
    if (chain) chain.claims.push(i);
    else chains.set(key, { steps, claims: [i] });
  }
  return [...chains.values()].sort((a, b) => byCount(a.claims.length, b.claims.length));
}

/** `edge:<from>><to>` and `node:<id>` picks, read back. Ids never hold ">" (slugs, "source:", "folded:"). */
export function readPick(pick: string): { node: string } | { from: string; to: string } | null {
  if (pick.startsWith('node:')) return { node: pick.slice(5) };
  if (pick.startsWith('edge:')) {
    const [from, to, ...rest] = pick.slice(5).split('>');
    if (from && to && rest.length === 0) return { from, to };
  }
  return null;
}

export const nodePick = (id: string) => `node:${id}`;
export const edgePick = (from: string, to: string) => `edge:${from}>${to}`;
