/** How the relay network's nodes and edges are named in words, for labels and for assistive technology. */
import { plural } from '../../domain/numbers.ts';
import { isFolded, type RelayEdge, type RelayNode } from '../../domain/relay-network.ts';
import { STANCE_LABEL } from '../labels.ts';

/** The second line of a node: its stance in words, or what it is. */
export function nodeRole(node: RelayNode): string {
  if (node.stance) return STANCE_LABEL[node.stance];
  if (isFolded(node.id)) return 'Folded together';
  return 'Source';
}

/** Counts as a reader says them: "made 3 claims, passed on 12". */
export function nodeCounts(node: RelayNode): string {
  const parts: string[] = [];
  if (node.made) parts.push(`made ${plural(node.made, 'claim')}`);
  if (node.relayed) parts.push(`passed on ${plural(node.relayed, 'claim')}`);
  if (node.contained) parts.push(`holds ${plural(node.contained, 'claim')}`);
  return parts.join(', ');
}

export function nodeName(node: RelayNode): string {
  return `${node.label} (${nodeRole(node)}): ${nodeCounts(node)}`;
}

/** "KNB → Radio Free Europe/Radio Liberty: 3 claims" */
export function edgeName(edge: RelayEdge, labelOf: ReadonlyMap<string, string>): string {
  return `${labelOf.get(edge.from) ?? edge.from} → ${labelOf.get(edge.to) ?? edge.to}: ${plural(edge.claims, 'claim')}`;
}
