import { memo } from 'react';
import { useLocation } from 'react-router';
import { subsetDataset, toCsv, toJsonLd } from '../../domain/export.ts';
import { matchingClaims, type FilterResult } from '../../domain/filters.ts';
import { formatNumber } from '../../domain/numbers.ts';
import type { Claim } from '../../domain/schema.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { permalink } from '../../url/app-link.tsx';
import { download } from './download.ts';

/** The claims the filters let through, as CSV, as JSON in the data model, or as JSON-LD. */
export const ExportMenu = memo(function ExportMenu({ result }: { result: FilterResult }) {
  const index = useIndex();
  const { search } = useLocation();
  const claims = () => matchingClaims(result).map((i) => index.claims[i]!);
  const link = (claim: Claim) => permalink(`/events/${claim.eventId}#claim-${claim.id}`, search);
  const stamp = new Date().toISOString().slice(0, 10);

  const formats = [
    {
      label: 'CSV',
      file: `narratives-${stamp}.csv`,
      type: 'text/csv;charset=utf-8',
      text: () => toCsv(index, claims(), link),
    },
    {
      label: 'JSON',
      file: `narratives-${stamp}.json`,
      type: 'application/json',
      text: () => JSON.stringify(subsetDataset(index, matchingClaims(result)), null, 2),
    },
    {
      label: 'JSON-LD',
      file: `narratives-${stamp}.jsonld`,
      type: 'application/ld+json',
      text: () => JSON.stringify(toJsonLd(index, claims(), link), null, 2),
    },
  ];

  return (
    <div role="group" aria-label="Export these claims" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Export {formatNumber(result.claimCount)} claims:</span>
      {formats.map((format) => (
        <button
          key={format.label}
          type="button"
          className="rounded border border-rule px-2 py-0.5 hover:border-muted disabled:opacity-50"
          disabled={result.claimCount === 0}
          onClick={() => download(format.file, format.type, format.text())}
        >
          {format.label}
        </button>
      ))}
    </div>
  );
});
