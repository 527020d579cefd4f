import type { KeyboardEvent, ReactNode } from 'react';
import {
  NODE_HEIGHT,
  shortLabel,
  type PlacedEdge,
  type PlacedNode,
  type RelayLayout,
} from '../../domain/relay-layout.ts';
import { edgePick, isFolded, nodePick } from '../../domain/relay-network.ts';
import { STANCE_FILL } from '../labels.ts';
import { edgeName, nodeName, nodeRole } from './relay-names.ts';

/** Stroke width by claims: the square root, so that one heavy edge does not drown the rest. */
export function edgeWidth(claims: number, max: number): number {
  return 1.25 + 7 * Math.sqrt(claims / Math.max(1, max));
}

/** Enter and Space act as a click does, as on a button. */
function pressed(event: KeyboardEvent, act: () => void) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    act();
  }
}

function path(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/**
 * The network drawn as SVG: each node and edge is a button (keyboard and pointer), named
 * in words (who, stance, counts), so that colour only repeats what the label says.
 */
export function RelayGraph({
  layout,
  pick,
  onPick,
  overlay,
}: {
  layout: RelayLayout;
  pick: string;
  onPick: (pick: string) => void;
  /** Drawn between the edges and the nodes (the blame layer). */
  overlay?: ReactNode;
}) {
  const max = layout.edges.reduce((m, e) => Math.max(m, e.edge.claims), 0);
  const toggle = (value: string) => onPick(pick === value ? '' : value);
  const labels = new Map(layout.nodes.map(({ node }) => [node.id, node.label]));
  return (
    <svg
      role="group"
      aria-label="The relay network: claimants on the left, relays between, sources on the right"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="block max-w-none text-ink"
    >
      <defs>
        {(['plain', 'picked'] as const).map((kind) => (
          <marker
            key={kind}
            id={`relay-arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="9"
            markerHeight="9"
            orient="auto-start-reverse"
          >
            <path
              d="M0,0 L10,5 L0,10 z"
              style={{ fill: kind === 'picked' ? 'var(--color-accent)' : 'var(--color-muted)' }}
            />
          </marker>
        ))}
      </defs>
      <g>
        {layout.edges.map((placed) => (
          <GraphEdge
            key={`${placed.edge.from}>${placed.edge.to}`}
            placed={placed}
            name={edgeName(placed.edge, labels)}
            width={edgeWidth(placed.edge.claims, max)}
            picked={pick === edgePick(placed.edge.from, placed.edge.to)}
            onPick={() => toggle(edgePick(placed.edge.from, placed.edge.to))}
          />
        ))}
      </g>
      {overlay}
      <g>
        {layout.nodes.map((placed) => (
          <GraphNode
            key={placed.node.id}
            placed={placed}
            picked={pick === nodePick(placed.node.id)}
            onPick={() => toggle(nodePick(placed.node.id))}
          />
        ))}
      </g>
    </svg>
  );
}

function GraphEdge({
  placed,
  name,
  width,
  picked,
  onPick,
}: {
  placed: PlacedEdge;
  name: string;
  width: number;
  picked: boolean;
  onPick: () => void;
}) {
  const d = path(placed.points);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-pressed={picked}
      aria-label={name}
      data-edge={`${placed.edge.from}>${placed.edge.to}`}
      className="group cursor-pointer outline-none"
      onClick={onPick}
      onKeyDown={(event) => pressed(event, onPick)}
    >
      <title>{name}</title>
      {/* A wide transparent stroke: a thin edge is still easy to hit. */}
      <path d={d} fill="none" stroke="transparent" strokeWidth={Math.max(12, width + 6)} />
      <path
        d={d}
        fill="none"
        strokeWidth={width + 4}
        strokeOpacity={0.5}
        className="invisible stroke-accent group-hover:visible group-focus-visible:visible"
      />
      <path
        d={d}
        fill="none"
        strokeWidth={width}
        strokeLinecap="round"
        markerEnd={`url(#relay-arrow-${picked ? 'picked' : 'plain'})`}
        strokeOpacity={picked ? 1 : 0.75}
        className={picked ? 'stroke-accent' : 'stroke-muted'}
      />
    </g>
  );
}

function GraphNode({ placed, picked, onPick }: { placed: PlacedNode; picked: boolean; onPick: () => void }) {
  const { node, x, y, width, height } = placed;
  const left = x - width / 2;
  const top = y - height / 2;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-pressed={picked}
      aria-label={nodeName(node)}
      data-node={node.id}
      className="group cursor-pointer outline-none"
      onClick={onPick}
      onKeyDown={(event) => pressed(event, onPick)}
    >
      <title>{nodeName(node)}</title>
      <rect
        x={left - 3}
        y={top - 3}
        width={width + 6}
        height={height + 6}
        rx={7}
        fill="none"
        strokeWidth={3}
        className={`stroke-accent ${picked ? '' : 'invisible group-focus-visible:visible'}`}
      />
      <rect
        x={left}
        y={top}
        width={width}
        height={height}
        rx={5}
        className={`fill-paper ${node.kinds.includes('source') ? 'stroke-ink' : 'stroke-muted'}`}
        strokeWidth={picked ? 2 : 1}
        strokeDasharray={isFolded(node.id) ? '4 3' : undefined}
      />
      {node.stance && (
        <rect x={left} y={top} width={7} height={height} rx={3} style={{ fill: STANCE_FILL[node.stance] }} />
      )}
      <text x={left + 13} y={top + 15} className="fill-ink text-[12px] font-semibold">
        {shortLabel(node.label)}
      </text>
      <text x={left + 13} y={top + NODE_HEIGHT - 9} className="fill-muted text-[11px]">
        {nodeRole(node)}
      </text>
    </g>
  );
}
