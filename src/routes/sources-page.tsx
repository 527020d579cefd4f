import { useMemo } from 'react';
import { ShowMore, useShownList } from '../components/show-more.tsx';
import { formatPartialDate } from '../domain/dates.ts';
import { plural } from '../domain/numbers.ts';
import { useIndex } from '../store/explorer-store.ts';
import { AppLink } from '../url/app-link.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { compareStrings } from '../domain/order.ts';

/** An archive's sources run to thousands: a list of about six nodes each, a hundred at a time. */
const SOURCE_PAGES = { page: 100, whole: 120 };

/** The documents the dataset was drawn from. */
export function SourcesPage() {
  const index = useIndex();
  useDocumentTitle('Sources');
  const sources = useMemo(
    () => [...index.dataset.sources].sort((a, b) => compareStrings(a.published, b.published)),
    [index],
  );
  const shown = useShownList('sources', sources.length, SOURCE_PAGES);
  return (
    <section className="mx-auto max-w-3xl px-4 py-6" aria-labelledby="sources-heading">
      <h1 id="sources-heading" className="text-3xl font-semibold">
        Sources
      </h1>
      <p className="mt-2 font-serif text-lg text-muted">Every claim quotes one of these documents word for word.</p>
      <ul className="mt-6 space-y-4">
        {sources.slice(0, shown.shown).map((source) => (
          <li key={source.id} className="border-b border-rule pb-4">
            <p className="text-xs tracking-wide text-muted uppercase">{source.kind.replace('-', ' ')}</p>
            <AppLink to={`/sources/${source.id}`} className="font-serif text-xl">
              {source.title}
            </AppLink>
            <p className="text-sm text-muted">
              {source.publisher} · {formatPartialDate(source.published)} ·{' '}
              {plural(index.claimsBySource.get(source.id)?.length ?? 0, 'claim')}
            </p>
          </li>
        ))}
      </ul>
      <ShowMore list={shown} noun="source" />
    </section>
  );
}
