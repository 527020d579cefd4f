import { useMemo, useState } from 'react';
import { blameEdges } from '../../domain/blame.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { FilterResult, Filters } from '../../domain/filters.ts';
import { formatNumber, plural } from '../../domain/numbers.ts';
import { layoutRelayNetwork } from '../../domain/relay-layout.ts';
import { buildRelayNetwork, DEFAULT_NODE_CAP, nodePick, type RelayNetwork } from '../../domain/relay-network.ts';
import { useExplorerStore, useIndex } from '../../store/explorer-store.ts';
import { AmplifierTable } from './amplifier-table.tsx';
import { BlameLayer, BlameSummary, drawnBlame, MAX_BLAME_EDGES } from './blame-layer.tsx';
import { RelayGraph } from './relay-graph.tsx';
import { RelaySelection } from './relay-selection.tsx';
import { FoldedNotice } from './folded-notice.tsx';
import { nodeRole } from './relay-names.ts';

/** Edges drawn at most: a layered layout of many more takes seconds; the heaviest carry the story. */
const MAX_DRAWN_EDGES = 100;

let last: { index: DatasetIndex; key: string; network: RelayNetwork } | undefined;

/**
 * The network for the filters, rebuilt only when they change: selecting a node changes the
 * link (and with it the result object) but not which claims match.
 */
function cachedNetwork(index: DatasetIndex, result: FilterResult, filters: Filters): RelayNetwork {
  const key = JSON.stringify({ ...filters, view: '', cols: [], only: '', pick: '' });
  if (last?.index !== index || last.key !== key) last = { index, key, network: buildRelayNetwork(index, result) };
  return last.network;
}

/** Who relayed whom: the filtered claims as chains from claimant through relays to source. */
export function RelayView({ result, filters }: { result: FilterResult; filters: Filters }) {
  const index = useIndex();
  const picked = useExplorerStore((s) => s.picked);
  const network = cachedNetwork(index, result, filters);
  const layout = useMemo(
    () => layoutRelayNetwork({ ...network, edges: network.edges.slice(0, MAX_DRAWN_EDGES) }, nodeRole),
    [network],
  );
  const drawn = useMemo(() => new Set(network.nodes.map((node) => node.id)), [network]);
  const hidden = network.edges.length - layout.edges.length;
  const [showBlame, setShowBlame] = useState(false);
  // Between drawn actors only; computed when the reader asks for it.
  const blame = useMemo(() => {
    if (!showBlame) return [];
    const claims = [];
    for (let i = 0; i < result.matches.length; i++) if (result.matches[i]) claims.push(index.claims[i]!);
    return drawnBlame(blameEdges(claims), layout.nodes);
  }, [showBlame, index, result, layout]);
  const labelOf = (id: string) => network.nodes.find((node) => node.id === id)?.label ?? id;

  if (network.claimCount === 0) return <p className="mt-3 text-muted">No claim matches these filters.</p>;
  return (
    <div className="mt-3">
      <p className="text-sm text-muted">
        {plural(network.claimCount, 'claim')}, of which {formatNumber(network.relayedCount)} reached their source
        through at least one relay (an outlet or author who passed the words on). Each arrow runs from the claimant
        through its relays to the source, as thick as the claims along it; select a node or an arrow to list them.
      </p>
      {network.folded.length > 0 && <FoldedNotice network={network} cap={DEFAULT_NODE_CAP} />}
      {hidden > 0 && (
        <p className="mt-1 text-sm text-muted" role="note">
          The drawing shows the {formatNumber(layout.edges.length)} arrows with the most claims;{' '}
          {plural(hidden, 'lighter arrow')} are left out of it. The counts, the selections and the table below include
          them.
        </p>
      )}
      <button
        type="button"
        onClick={() => document.getElementById('amplifiers-heading')?.focus()}
        className="sr-only rounded bg-paper px-2 py-1 focus:not-sr-only focus:ring-2"
      >
        Skip the graph to the table of relays
      </button>
      <label className="mt-2 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={showBlame} onChange={(event) => setShowBlame(event.target.checked)} />
        Show who blames whom (dashed arcs from a claimant to the actor its claims are about)
      </label>
      <div className="mt-2 max-h-[80vh] max-w-full overflow-auto rounded border border-rule" data-relay-graph>
        <RelayGraph
          layout={layout}
          pick={filters.pick}
          onPick={picked}
          overlay={showBlame && <BlameLayer edges={blame.slice(0, MAX_BLAME_EDGES)} nodes={layout.nodes} />}
        />
      </div>
      {showBlame && <BlameSummary edges={blame.slice(0, MAX_BLAME_EDGES)} total={blame.length} labelOf={labelOf} />}
      <RelaySelection index={index} result={result} filters={filters} network={network} onPick={picked} />
      <section aria-labelledby="amplifiers-heading" className="mt-6">
        <h3 id="amplifiers-heading" tabIndex={-1} className="text-lg font-semibold">
          Amplifiers: who passed on whose claims
        </h3>
        <p className="text-sm text-muted">
          Each relay’s claims by the stance they were made from, counted as the graph counts them (a claim once per
          relay).
        </p>
        <AmplifierTable amplifiers={network.amplifiers} drawn={drawn} onPick={(id) => picked(nodePick(id))} />
      </section>
    </div>
  );
}
