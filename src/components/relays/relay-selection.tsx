import { useMemo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { FilterResult, Filters, ListKey } from '../../domain/filters.ts';
import { plural } from '../../domain/numbers.ts';
import {
  claimsAtNode,
  claimsOnEdge,
  edgePick,
  isFolded,
  nodePosition,
  readPick,
  SOURCE_PREFIX,
  type RelayNetwork,
  type RelayNode,
} from '../../domain/relay-network.ts';
import { canonicalSearch } from '../../domain/url-codec.ts';
import { StanceBadge } from '../stance-badge.tsx';
import { nodeCounts, nodeRole } from './relay-names.ts';
import { RelayClaims } from './relay-claims.tsx';

/** Stable, so that React calls it once per mounted panel: the panel's heading takes the focus. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

interface Props {
  index: DatasetIndex;
  result: FilterResult;
  filters: Filters;
  network: RelayNetwork;
  onPick: (pick: string) => void;
}

/** What the reader selected in the network: a node's claims and edges, or the claims along an edge. */
export function RelaySelection({ index, result, filters, network, onPick }: Props) {
  const pick = readPick(filters.pick);
  const labelOf = (id: string) => network.nodes.find((node) => node.id === id)?.label ?? id;
  const known =
    pick && ('node' in pick ? [pick.node] : [pick.from, pick.to]).every((id) => nodePosition(network, id) >= 0);
  if (!pick) return null;
  const title = 'node' in pick ? labelOf(pick.node) : `${labelOf(pick.from)} → ${labelOf(pick.to)}`;
  return (
    <section
      key={filters.pick}
      aria-labelledby="relay-panel-title"
      onKeyDown={(event) => event.key === 'Escape' && onPick('')}
      className="mt-3 rounded-md border border-rule bg-paper p-3 shadow-sm"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id="relay-panel-title" ref={focusOnMount} tabIndex={-1} className="text-lg font-semibold break-words">
          {title}
        </h3>
        <button type="button" onClick={() => onPick('')} className="rounded border border-rule px-2 text-sm">
          Close<span className="sr-only"> the selection</span>
        </button>
      </div>
      {!known ? (
        <p className="mt-2 text-sm text-muted">
          Not drawn in this network (the filters leave it out, or it is folded): nothing to list.
        </p>
      ) : 'node' in pick ? (
        <NodeDetails
          index={index}
          result={result}
          filters={filters}
          network={network}
          node={network.nodes.find((node) => node.id === pick.node)!}
          onPick={onPick}
        />
      ) : (
        <EdgeDetails index={index} result={result} network={network} from={pick.from} to={pick.to} />
      )}
    </section>
  );
}

function EdgeDetails({
  index,
  result,
  network,
  from,
  to,
}: Omit<Props, 'filters' | 'onPick'> & { from: string; to: string }) {
  const claims = useMemo(() => claimsOnEdge(index, result, network, from, to), [index, result, network, from, to]);
  return (
    <>
      <p className="mt-1 text-sm text-muted">{plural(claims.length, 'claim')} travelled along this edge.</p>
      <RelayClaims positions={claims} />
    </>
  );
}

/** The list filter that shows a node's claims in full, where one exists. */
function listFilter(node: RelayNode, as: 'made' | 'relayed' | 'contained'): [ListKey, string] | null {
  if (isFolded(node.id)) return null;
  if (as === 'contained') return ['source', node.id.slice(SOURCE_PREFIX.length)];
  return [as === 'made' ? 'actor' : 'relay', node.id];
}

function NodeDetails({ index, result, filters, network, node, onPick }: Props & { node: RelayNode }) {
  const claims = useMemo(() => claimsAtNode(index, result, network, node.id), [index, result, network, node.id]);
  const out = network.edges.filter((edge) => edge.from === node.id);
  const into = network.edges.filter((edge) => edge.to === node.id);
  const labelOf = (id: string) => network.nodes.find((n) => n.id === id)?.label ?? id;
  const groups = [
    { as: 'made', title: 'Claims it made', list: claims.made },
    { as: 'relayed', title: 'Claims it passed on', list: claims.relayed },
    { as: 'contained', title: 'Claims in this source', list: claims.contained },
  ] as const;
  return (
    <>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-muted">
        {node.stance ? <StanceBadge stance={node.stance} /> : <span>{nodeRole(node)}</span>}
        <span>· {nodeCounts(node)}</span>
      </p>
      {isFolded(node.id) && (
        <p className="mt-1 text-sm text-muted">
          Those with the fewest claims, folded into one node (listed above the graph).
        </p>
      )}
      <div className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {[
          { heading: 'Came from', edges: into, end: (e: (typeof into)[number]) => e.from },
          { heading: 'Went on to', edges: out, end: (e: (typeof out)[number]) => e.to },
        ].map(
          ({ heading, edges, end }) =>
            edges.length > 0 && (
              <div key={heading}>
                <h4 className="font-semibold">{heading}</h4>
                <ul className="mt-1 space-y-1">
                  {edges.map((edge) => (
                    <li key={`${edge.from}>${edge.to}`}>
                      <button
                        type="button"
                        className="text-left text-accent underline"
                        onClick={() => onPick(edgePick(edge.from, edge.to))}
                      >
                        {labelOf(end(edge))}
                      </button>{' '}
                      <span className="text-muted">· {plural(edge.claims, 'claim')}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )}
      </div>
      {groups.map(
        ({ as, title, list }) =>
          list.length > 0 && (
            <section key={as} className="mt-3">
              <h4 className="font-semibold">
                {title} <span className="font-normal text-muted">({list.length})</span>
              </h4>
              <RelayClaims positions={list} />
              {list.length > 25 && <ShowInList filter={listFilter(node, as)} filters={filters} />}
            </section>
          ),
      )}
    </>
  );
}

function ShowInList({ filter, filters }: { filter: [ListKey, string] | null; filters: Filters }): ReactNode {
  const { search } = useLocation();
  if (!filter) return null;
  const [key, value] = filter;
  const next = { ...filters, [key]: [value], view: 'list' as const, only: '', pick: '' };
  return (
    <p className="mt-1 text-sm">
      <Link to={{ pathname: '/', search: canonicalSearch(next, search) }}>List them all in the explorer</Link>
    </p>
  );
}
