import { AppLink } from '../url/app-link.tsx';
import { useDocumentTitle } from './use-document-title.ts';

/** An unknown id or path: say what was not found and offer a way on. */
export function NotFound({ what = 'page', id }: { what?: string; id?: string }) {
  useDocumentTitle('Not found');
  return (
    <section className="mx-auto max-w-2xl px-4 py-16" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" className="text-3xl font-semibold">
        No such {what}
      </h1>
      <p className="mt-4 font-serif text-lg leading-relaxed">
        {id ? (
          <>
            There is no {what} “<span className="break-all">{id.length > 80 ? `${id.slice(0, 80)}…` : id}</span>” in
            this dataset.
          </>
        ) : (
          <>This address does not lead anywhere in Narratives.</>
        )}{' '}
        It may have been renamed, or the link may be incomplete.
      </p>
      <p className="mt-6">
        <AppLink to="/">Go to the explorer</AppLink>, where every event can be searched and filtered.
      </p>
    </section>
  );
}
