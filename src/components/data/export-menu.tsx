import { memo, useState } from 'react';
import { useLocation } from 'react-router';
import type { CitationFormat } from '../../domain/citation.ts';
import { matchingClaims, type FilterResult } from '../../domain/filters.ts';
import { formatNumber } from '../../domain/numbers.ts';
import type { Claim, Dataset } from '../../domain/schema.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { permalink } from '../../url/app-link.tsx';
import { download } from './download.ts';
import { claimPath } from '../../domain/claim-anchor.ts';

const BIBLIOGRAPHIES: { format: CitationFormat; label: string; extension: string; type: string }[] = [
  { format: 'bibtex', label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  { format: 'csl-json', label: 'CSL-JSON', extension: 'csl.json', type: 'application/vnd.citationstyles.csl+json' },
];

const button = 'rounded border border-rule px-2 py-0.5 hover:border-muted disabled:opacity-50';

/**
 * The writers load on the first click: the explorer's first screen does not wait for code
 * most readers never run.
 */
function writers() {
  return Promise.all([import('../../domain/export.ts'), import('../../domain/citation.ts')]).then(
    ([exporting, citing]) => ({ ...exporting, ...citing }),
  );
}
type Writers = Awaited<ReturnType<typeof writers>>;

/** A data package as one zip; its writer and the zip library load only when asked for. */
async function downloadPackage(dataset: Dataset, name: string, title: string) {
  const [{ toDataPackage }, { zipFiles }] = await Promise.all([
    import('../../domain/data-package.ts'),
    import('../../domain/zip.ts'),
  ]);
  const files = toDataPackage(dataset, { name, title, created: new Date().toISOString() });
  download(`${name}.zip`, 'application/zip', zipFiles(name, files));
}

/**
 * The claims the filters let through, as CSV (for Excel, with a byte-order mark, if
 * asked), as JSON in the data model, as JSON-LD, or as a data package; and the whole
 * dataset as a data package; and the sources of those claims as a bibliography. Each
 * file's name says what was filtered.
 */
export const ExportMenu = memo(function ExportMenu({ result }: { result: FilterResult }) {
  const index = useIndex();
  const { search } = useLocation();
  const [excel, setExcel] = useState(false);
  const claims = () => matchingClaims(result).map((i) => index.claims[i]!);
  const link = (claim: Claim) => permalink(claimPath(claim.eventId, claim.id), search);
  const stamp = () => new Date().toISOString().slice(0, 10);
  /** Runs `write` with the writers and the file name the filters give. */
  const withWriters = (write: (w: Writers, name: string) => void) => () =>
    void writers().then((w) => write(w, w.exportName(search, stamp())));

  const formats = [
    {
      label: 'CSV',
      run: withWriters((w, name) =>
        download(`${name}.csv`, 'text/csv;charset=utf-8', w.toCsv(index, claims(), link, { bom: excel })),
      ),
    },
    {
      label: 'JSON',
      run: withWriters((w, name) =>
        download(
          `${name}.json`,
          'application/json',
          JSON.stringify(w.subsetDataset(index, matchingClaims(result)), null, 2),
        ),
      ),
    },
    {
      label: 'JSON-LD',
      run: withWriters((w, name) =>
        download(`${name}.jsonld`, 'application/ld+json', JSON.stringify(w.toJsonLd(index, claims(), link), null, 2)),
      ),
    },
    {
      label: 'Data package',
      run: withWriters(
        (w, name) => void downloadPackage(w.subsetDataset(index, matchingClaims(result)), name, `Narratives: ${name}`),
      ),
    },
  ];

  return (
    <div role="group" aria-label="Export these claims" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Export {formatNumber(result.claimCount)} claims:</span>
      {formats.map((format) => (
        <button key={format.label} type="button" className={button} disabled={result.claimCount === 0} onClick={format.run}>
          {format.label}
        </button>
      ))}
      <label className="flex items-center gap-1 text-muted">
        <input type="checkbox" checked={excel} onChange={(event) => setExcel(event.target.checked)} />
        CSV for Excel
      </label>
      <span className="text-muted">Their sources:</span>
      {BIBLIOGRAPHIES.map(({ format, label, extension, type }) => (
        <button
          key={format}
          type="button"
          className={button}
          disabled={result.claimCount === 0}
          aria-label={`Sources as ${label}`}
          onClick={withWriters((w, name) =>
            download(
              `${name}-sources.${extension}`,
              type,
              w.bibliography(format, w.subsetDataset(index, matchingClaims(result)).sources),
            ),
          )}
        >
          {label}
        </button>
      ))}
      <button
        type="button"
        className={button}
        onClick={() => void downloadPackage(index.dataset, `narratives-all-${stamp()}`, 'Narratives: the whole dataset')}
      >
        Whole dataset as data package
      </button>
    </div>
  );
});
