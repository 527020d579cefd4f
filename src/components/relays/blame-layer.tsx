import type { BlameEdge } from '../../domain/blame.ts';
import { plural } from '../../domain/numbers.ts';
import type { PlacedNode } from '../../domain/relay-layout.ts';
import { OBJECT_ROLE_LABEL } from '../labels.ts';

/** Blame edges drawn at most over the network: more would hide the relays they sit on. */
export const MAX_BLAME_EDGES = 40;

/** One arc: a claimant and the actor its claims are about, with each role they give it. */
export interface BlameArc {
  from: string;
  to: string;
  roles: BlameEdge[];
}

/** The blame edges whose two ends are drawn, one arc per pair, heaviest first (as blameEdges orders them). */
export function drawnBlame(edges: readonly BlameEdge[], nodes: readonly PlacedNode[]): BlameArc[] {
  const drawn = new Set(nodes.map((placed) => placed.node.id));
  const arcs = new Map<string, BlameArc>();
  for (const edge of edges) {
    if (edge.from === edge.to || !drawn.has(edge.from) || !drawn.has(edge.to)) continue;
    const key = `${edge.from}>${edge.to}`;
    const arc = arcs.get(key);
    if (arc) arc.roles.push(edge);
    else arcs.set(key, { from: edge.from, to: edge.to, roles: [edge] });
  }
  return [...arcs.values()];
}

/** "blamed ×6, accused ×5" */
function rolesLabel(arc: BlameArc): string {
  return arc.roles
    .map(({ role, claimIds }) => `${OBJECT_ROLE_LABEL[role]}${claimIds.length > 1 ? ` ×${claimIds.length}` : ''}`)
    .join(', ');
}

/**
 * Who blames whom, over the relay graph: a dashed arc from each claimant to the actor its
 * claims are about, labelled with the role ("accused ×3"). Drawn for sight only: the same
 * edges are listed in words beside the graph.
 */
export function BlameLayer({ edges, nodes }: { edges: readonly BlameArc[]; nodes: readonly PlacedNode[] }) {
  const at = new Map(nodes.map((placed) => [placed.node.id, placed]));
  return (
    <g aria-hidden="true" className="pointer-events-none">
      {edges.map((edge) => {
        const a = at.get(edge.from)!;
        const b = at.get(edge.to)!;
        // An arc that bends to one side, so that two actors blaming each other get two arcs.
        const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.2;
        const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.2;
        return (
          <g key={`${edge.from}>${edge.to}`}>
            <path
              d={`M${a.x},${a.y} Q${mx},${my} ${b.x},${b.y}`}
              fill="none"
              strokeWidth={1.5}
              strokeDasharray="5 4"
              markerEnd="url(#relay-arrow-picked)"
              className="stroke-accent"
            />
            <text
              x={(a.x + 2 * mx + b.x) / 4}
              y={(a.y + 2 * my + b.y) / 4}
              textAnchor="middle"
              className="fill-accent stroke-paper text-[11px] font-semibold [paint-order:stroke]"
              strokeWidth={3}
            >
              {rolesLabel(edge)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The drawn blame edges in words, for readers who do not see the arcs. */
export function BlameSummary({
  edges,
  total,
  labelOf,
}: {
  edges: readonly BlameArc[];
  total: number;
  labelOf: (id: string) => string;
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer">
        Who blames whom, as drawn: {plural(edges.length, 'dashed arc')}
        {total > edges.length && ` (the heaviest of ${total} between drawn actors)`}
      </summary>
      <ul className="mt-1 space-y-0.5">
        {edges.map((edge) => (
          <li key={`${edge.from}>${edge.to}`}>
            {labelOf(edge.from)} → {labelOf(edge.to)}:{' '}
            {edge.roles
              .map(({ role, claimIds }) => `${OBJECT_ROLE_LABEL[role]} in ${plural(claimIds.length, 'claim')}`)
              .join(', ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
