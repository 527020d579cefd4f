import { useParams } from 'react-router';
import { ClaimCard } from '../components/claims/claim-card.tsx';
import { CLAIM_PAGES, ShowMore, useShownList } from '../components/show-more.tsx';
import { formatPartialDate } from '../domain/dates.ts';
import { useIndex } from '../store/explorer-store.ts';
import { AppLink } from '../url/app-link.tsx';
import { NotFound } from './not-found.tsx';
import { useDocumentTitle } from './use-document-title.ts';

/** One source document and every claim drawn from it, in the order of their events. */
export function SourcePage() {
  const { sourceId = '' } = useParams();
  const index = useIndex();
  const source = index.sourceById.get(sourceId);
  useDocumentTitle(source?.title ?? 'Source not found');
  const positions = (source && index.claimsBySource.get(source.id)) ?? [];
  const shown = useShownList('claims', positions.length, CLAIM_PAGES);
  if (!source) return <NotFound what="source" id={sourceId} />;

  return (
    <article className="mx-auto max-w-3xl px-4 py-6" aria-labelledby="source-title">
      <p className="text-sm">
        <AppLink to="/sources">← All sources</AppLink>
      </p>
      <header className="mt-3">
        <p className="text-sm tracking-wide text-muted uppercase">{source.kind.replace('-', ' ')}</p>
        <h1 id="source-title" className="text-3xl font-semibold">
          {source.title}
        </h1>
        <p className="mt-2 text-muted">
          {source.publisher}
          {source.author && <> · {source.author}</>} · {formatPartialDate(source.published)}
        </p>
        {source.notes && <p className="mt-3 font-serif leading-relaxed">{source.notes}</p>}
        {source.url && (
          <p className="mt-2 text-sm break-all text-muted">
            Original address (not linked, so that following it is your choice): {source.url}
          </p>
        )}
      </header>
      <section aria-labelledby="source-claims" className="mt-8">
        <h2 id="source-claims" className="text-2xl font-semibold">
          Claims drawn from it <span className="text-base font-normal text-muted">({positions.length})</span>
        </h2>
        <div className="mt-4 space-y-3">
          {positions.slice(0, shown.shown).map((position) => {
            const claim = index.claims[position]!;
            return <ClaimCard key={claim.id} claim={claim} showEvent level={3} />;
          })}
        </div>
        <ShowMore list={shown} noun="claim" inExplorer={['source', source.id]} />
      </section>
    </article>
  );
}
