import type { ReactNode } from 'react';
import { useDataState } from '../store/explorer-store.ts';
import { AppLink } from '../url/app-link.tsx';

/**
 * What shows a dataset's claims (their words, their figures, their relays) waits for its
 * check: of a large dataset being checked, only its events, actors and sources, which
 * have passed their schemas, are drawn. `compact`: inside a page, not in place of one.
 */
export function WhenChecked({
  children,
  compact = false,
  meanwhile,
}: {
  children: ReactNode;
  compact?: boolean;
  /** What to show instead, when not the usual sentence. */
  meanwhile?: ReactNode;
}) {
  const data = useDataState();
  if (data.status !== 'ready' || !data.checking) return children;
  if (meanwhile !== undefined) return meanwhile;
  const claims = data.index.columns.event.length.toLocaleString('en');
  const text = `The ${claims} claims of “${data.label}” are being checked against the data model; they are shown once they have passed.`;
  if (compact)
    return (
      <p role="status" className="mt-3 text-muted">
        {text}
      </p>
    );
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="font-serif text-2xl font-semibold">Checking this dataset</h1>
      <p role="status" className="mt-3">
        {text}
      </p>
      <p className="mt-3">
        Meanwhile the <AppLink to="/">explorer</AppLink> lists its events, with their counts and filters.
      </p>
    </div>
  );
}
