import { CLAIM_TYPES, STANCES } from '../domain/vocabulary.ts';
import { CLAIM_TYPE_HINT, CLAIM_TYPE_LABEL, STANCE_HINT, STANCE_LABEL } from '../components/labels.ts';
import { StanceSwatch } from '../components/stance-badge.tsx';
import { useDocumentTitle } from './use-document-title.ts';

/** What Narratives shows and how to read it. */
export function AboutPage() {
  useDocumentTitle('About');
  return (
    <article className="mx-auto max-w-3xl px-4 py-6 font-serif text-lg leading-relaxed" aria-labelledby="about-heading">
      <h1 id="about-heading" className="text-3xl font-semibold">
        About Narratives
      </h1>
      <p className="mt-4">
        Narratives sets the differing accounts of political violence side by side: what officials, the opposition,
        analysts and other voices said about the same event, in their own words, with where each claim was published and
        through whom it was relayed.
      </p>
      <p className="mt-3">
        Every claim carries a verbatim quote from its source; the summaries beside them are the editors’ own words.
        Where a stance said nothing about an event, the event page says so instead of leaving it out.
      </p>
      <h2 className="mt-8 text-2xl font-semibold">Stances</h2>
      <dl className="mt-2 space-y-2 font-sans text-base">
        {STANCES.map((stance) => (
          <div key={stance}>
            <dt className="flex items-center gap-2 font-semibold">
              <StanceSwatch stance={stance} /> {STANCE_LABEL[stance]}
            </dt>
            <dd className="pl-5 text-muted">{STANCE_HINT[stance]}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-2xl font-semibold">Claim types</h2>
      <dl className="mt-2 space-y-2 font-sans text-base">
        {CLAIM_TYPES.map((type) => (
          <div key={type}>
            <dt className="font-semibold">{CLAIM_TYPE_LABEL[type]}</dt>
            <dd className="text-muted">{CLAIM_TYPE_HINT[type]}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-2xl font-semibold">Privacy</h2>
      <p className="mt-2">
        Narratives loads nothing from anyone but the site that serves it: no fonts, scripts, maps or analytics from
        elsewhere, and it sets no cookies.
      </p>
    </article>
  );
}
