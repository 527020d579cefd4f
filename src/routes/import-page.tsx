import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FilePicker } from '../components/data/file-picker.tsx';
import { SheetTemplate } from '../components/data/sheet-template.tsx';
import { LOCAL_PREFIX } from '../domain/dataset-url.ts';
import { MAX_IMPORT_BYTES } from '../domain/import-files.ts';
import { plural } from '../domain/numbers.ts';
import { formatProblem, type Problem } from '../domain/problem.ts';
import { readDroppedFiles } from '../store/read-import.ts';
import { LARGE_DATASET } from '../dataset/session.ts';
import { listDatasets, localId, removeDataset, saveDataset, type StoredSummary } from '../dataset/browser-store.ts';
import { useDocumentTitle } from './use-document-title.ts';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; problems: Problem[] } | { kind: 'error'; message: string };

/** Open your own dataset: validated like the embedded one; a failed import changes nothing. */
export function ImportPage() {
  useDocumentTitle('Your datasets');
  const navigate = useNavigate();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [stored, setStored] = useState<StoredSummary[] | null>(null);

  const refresh = () =>
    listDatasets().then(setStored, (error: Error) => setStatus({ kind: 'error', message: error.message }));
  useEffect(() => {
    void refresh();
  }, []);

  const importFiles = async (files: File[]) => {
    const size = files.reduce((sum, file) => sum + file.size, 0);
    if (size > MAX_IMPORT_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      setStatus({
        kind: 'failed',
        problems: [
          {
            path: files.map((f) => f.name).join(', '),
            message: `is ${mb(size)}; the limit is ${mb(MAX_IMPORT_BYTES)}`,
          },
        ],
      });
      return;
    }
    setStatus({ kind: 'busy' });
    const result = await readDroppedFiles(files);
    if (!result.ok) return setStatus({ kind: 'failed', problems: result.problems });
    const id = localId(result.name);
    try {
      const json = JSON.stringify(result.dataset);
      // A large import keeps its columnar companion beside it: its first screen is drawn from that.
      const companion =
        json.length > LARGE_DATASET
          ? (await import('../dataset/companion-pack.ts')).packCompanion(result.dataset)
          : undefined;
      await saveDataset({
        id,
        name: result.name,
        importedAt: new Date().toISOString(),
        claims: result.dataset.claims.length,
        events: result.dataset.events.length,
        json,
        companion,
      });
    } catch (error) {
      return setStatus({
        kind: 'error',
        message: `The dataset is valid but could not be stored: ${(error as Error).message}`,
      });
    }
    navigate({ pathname: '/', search: `?dataset=${encodeURIComponent(`${LOCAL_PREFIX}${id}`)}` });
  };

  return (
    <article className="mx-auto max-w-3xl px-4 py-6" aria-labelledby="import-heading">
      <h1 id="import-heading" className="text-3xl font-semibold">
        Your datasets
      </h1>
      <p className="mt-3 font-serif text-lg leading-relaxed">
        Open your own archive in Narratives. It is checked against the data model, kept in this browser only, and never
        sent anywhere. Links to it name it, so they open it only in a browser that has it.
      </p>
      <SheetTemplate />
      <div className="mt-6">
        <FilePicker onFiles={(files) => void importFiles(files)} busy={status.kind === 'busy'} />
      </div>
      <div aria-live="polite" className="mt-4">
        {status.kind === 'busy' && <p>Checking the files…</p>}
        {status.kind === 'error' && <p role="alert">{status.message}</p>}
        {status.kind === 'failed' && (
          <section role="alert" aria-labelledby="import-problems" className="rounded border border-rule p-4">
            <h2 id="import-problems" className="text-xl font-semibold">
              Not imported: {status.problems.length} problem{status.problems.length === 1 ? '' : 's'}
            </h2>
            <p className="mt-1 text-sm text-muted">Nothing was changed. Fix these and try again.</p>
            <ol className="mt-2 list-decimal space-y-1 pl-6 font-mono text-sm break-all">
              {status.problems.slice(0, 200).map((problem, i) => (
                <li key={i}>{formatProblem(problem)}</li>
              ))}
            </ol>
            {status.problems.length > 200 && <p className="mt-2 text-sm">…and {status.problems.length - 200} more.</p>}
          </section>
        )}
      </div>
      <section aria-labelledby="stored-heading" className="mt-10">
        <h2 id="stored-heading" className="text-2xl font-semibold">
          Kept in this browser
        </h2>
        {stored === null ? (
          <p className="mt-2 text-muted">Looking…</p>
        ) : stored.length === 0 ? (
          <p className="mt-2 text-muted">None yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-rule">
            {stored.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span>
                  <Link to={{ pathname: '/', search: `?dataset=${encodeURIComponent(`${LOCAL_PREFIX}${item.id}`)}` }}>
                    {item.name}
                  </Link>
                  <span className="block text-sm text-muted">
                    {plural(item.claims, 'claim')} in {plural(item.events, 'event')} · imported{' '}
                    {item.importedAt.slice(0, 10)}
                  </span>
                </span>
                <button
                  type="button"
                  className="rounded border border-rule px-3 py-1 text-sm"
                  onClick={() => void removeDataset(item.id).then(refresh)}
                  aria-label={`Remove ${item.name} from this browser`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
