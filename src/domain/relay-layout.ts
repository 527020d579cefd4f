/**
 * Where the relay network's nodes and edges go: a layered layout, left to right, by
 * dagre. Two hidden nodes hold the layers in place: every claimant hangs from one at the
 * far left and every source leads to one at the far right, so claimants line up on the
 * left, sources on the right and relays between them, however long each chain is.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { RelayEdge, RelayNetwork, RelayNode } from './relay-network.ts';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  node: RelayNode;
  /** Centre, in the drawing's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  edge: RelayEdge;
  /** From the edge of one node's box to the edge of the other's. */
  points: Point[];
}

export interface RelayLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export const NODE_HEIGHT = 38;
/** Longer names are cut (the full name is in the node's label for assistive technology and on hover). */
export const LABEL_CHARS = 26;
const CHAR_WIDTH = 7.3;
const MARGIN = 12;

const START = '\u0000start';
const END = '\u0000end';

export function shortLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : label;
}

/** Wide enough for the name (bold, 12 px) and the line under it (`role`, 11 px). */
export function nodeWidth(node: RelayNode, role = ''): number {
  return Math.round(Math.max(72, 22 + Math.max(shortLabel(node.label).length * CHAR_WIDTH, role.length * 6.2)));
}

export function layoutRelayNetwork(network: RelayNetwork, roleOf: (node: RelayNode) => string = () => ''): RelayLayout {
  const graph = new Graph<
    object,
    { width: number; height: number; x?: number; y?: number },
    { weight?: number; points?: Point[] }
  >({
    multigraph: false,
  });
  graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 70, edgesep: 8, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of network.nodes)
    graph.setNode(node.id, { width: nodeWidth(node, roleOf(node)), height: NODE_HEIGHT });
  if (network.nodes.length === 0) return { nodes: [], edges: [], width: 0, height: 0 };
  graph.setNode(START, { width: 1, height: 1 });
  graph.setNode(END, { width: 1, height: 1 });
  for (const node of network.nodes) {
    if (node.kinds.includes('claimant')) graph.setEdge(START, node.id, { weight: 1 });
    if (node.kinds.includes('source')) graph.setEdge(node.id, END, { weight: 4 });
  }
  for (const edge of network.edges) graph.setEdge(edge.from, edge.to, { weight: 2 });
  layout(graph);

  const nodes: PlacedNode[] = network.nodes.map((node) => {
    const { x = 0, y = 0, width, height } = graph.node(node.id);
    return { node, x, y, width, height };
  });
  const edges: PlacedEdge[] = network.edges.map((edge) => ({
    edge,
    points: (graph.edge(edge.from, edge.to)?.points ?? []).map(({ x, y }) => ({ x, y })),
  }));

  // The hidden nodes' columns are left out of the drawing: shift it to its own box.
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const extend = (x0: number, y0: number, x1: number, y1: number) => {
    left = Math.min(left, x0);
    top = Math.min(top, y0);
    right = Math.max(right, x1);
    bottom = Math.max(bottom, y1);
  };
  for (const n of nodes) extend(n.x - n.width / 2, n.y - n.height / 2, n.x + n.width / 2, n.y + n.height / 2);
  for (const e of edges) for (const p of e.points) extend(p.x, p.y, p.x, p.y);
  const dx = MARGIN - left;
  const dy = MARGIN - top;
  for (const n of nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const e of edges)
    for (const p of e.points) {
      p.x += dx;
      p.y += dy;
    }
  return { nodes, edges, width: Math.ceil(right - left + 2 * MARGIN), height: Math.ceil(bottom - top + 2 * MARGIN) };
}
