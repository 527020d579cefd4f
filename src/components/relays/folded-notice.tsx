import { formatNumber, plural } from '../../domain/numbers.ts';
import { isFolded, type RelayNetwork } from '../../domain/relay-network.ts';

/** Shown first, at most: the folded nodes stand for thousands of actors and sources in a large dataset. */
const LISTED = 200;

/** Says on screen that the network is capped, and what the folded nodes hold. */
export function FoldedNotice({ network, cap }: { network: RelayNetwork; cap: number }) {
  const names = network.nodes.filter((node) => isFolded(node.id)).map((node) => `“${node.label}”`);
  return (
    <div className="mt-1 text-sm text-muted" role="note">
      <p>
        The graph draws the {formatNumber(cap)} actors and sources with the most claims; the other{' '}
        {formatNumber(network.folded.length)} are folded into {names.length === 1 ? 'one node' : 'two nodes'},{' '}
        {names.join(' and ')}.
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer">What the folded nodes hold</summary>
        <ul className="mt-1 columns-1 text-sm sm:columns-2">
          {network.folded.slice(0, LISTED).map((node) => (
            <li key={node.id}>
              {node.label}{' '}
              <span className="text-muted">
                ({node.kind}, {plural(node.claims, 'claim')})
              </span>
            </li>
          ))}
        </ul>
        {network.folded.length > LISTED && (
          <p className="mt-1">and {plural(network.folded.length - LISTED, 'more')} with fewer claims.</p>
        )}
      </details>
    </div>
  );
}
