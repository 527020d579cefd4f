import { memo } from 'react';
import { useLocation } from 'react-router';
import { plainCitation } from '../../domain/citation.ts';
import { claimStance } from '../../domain/dataset-index.ts';
import { formatEventDate, formatPartialDate } from '../../domain/dates.ts';
import type { Claim } from '../../domain/schema.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AppLink, permalink } from '../../url/app-link.tsx';
import { CopyButton } from '../copy-button.tsx';
import { CLAIM_TYPE_HINT, CLAIM_TYPE_LABEL, STANCE_BORDER } from '../labels.ts';
import { StanceBadge } from '../stance-badge.tsx';
import { CiteFormats } from './cite-formats.tsx';
import { ClaimAttribution } from './claim-attribution.tsx';
import { FigureList } from './figure-list.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

interface Props {
  claim: Claim;
  /** Show which event the claim is about (on actor and source pages). */
  showEvent?: boolean;
  highlighted?: boolean;
  /** The card's heading level, to fit the page's outline. */
  level?: 3 | 4;
}

/** One account: who said it, what kind of claim, our summary, their words, and where it was said. */
export const ClaimCard = memo(function ClaimCard({ claim, showEvent = false, highlighted = false, level = 4 }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const index = useIndex();
  const { search } = useLocation();
  const actor = index.actorById.get(claim.actorId);
  const source = index.sourceById.get(claim.sourceId);
  const event = index.eventById.get(claim.eventId);
  const stance = claimStance(claim, index.actorById);
  const relays = claim.reportedVia.map((id) => index.actorById.get(id)).filter((a) => a !== undefined);
  const link = permalink(claimPath(claim.eventId, claim.id), search);
  const citation = plainCitation(claim, index, link);

  return (
    <article
      id={`claim-${claim.id}`}
      aria-labelledby={`claim-${claim.id}-who`}
      className={`scroll-mt-24 rounded-md border-l-4 bg-white/60 p-4 shadow-sm ring-1 ring-rule dark:bg-white/5 ${STANCE_BORDER[stance]} ${highlighted ? 'claim-target' : ''}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <Heading id={`claim-${claim.id}-who`} className="font-sans text-base font-semibold">
          <AppLink to={`/actors/${claim.actorId}`}>{actor?.name ?? claim.actorId}</AppLink>
          <span className="sr-only">, {CLAIM_TYPE_LABEL[claim.type]} claim</span>
        </Heading>
        <span
          className="rounded-full bg-rule/60 px-2 py-0.5 text-xs font-medium tracking-wide uppercase"
          title={CLAIM_TYPE_HINT[claim.type]}
          aria-hidden="true"
        >
          {CLAIM_TYPE_LABEL[claim.type]}
        </span>
      </header>
      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <StanceBadge stance={stance} />
        {actor?.role && <span>· {actor.role}</span>}
        {claim.stance && actor && claim.stance !== actor.stance && <span>(speaking in another capacity)</span>}
      </p>
      {showEvent && event && (
        <p className="mt-2 text-sm">
          On <AppLink to={`/events/${event.id}`}>{event.title}</AppLink>
        </p>
      )}
      <ClaimAttribution claim={claim} />
      <p className="mt-3 leading-relaxed">{claim.summary}</p>
      <blockquote className="mt-3 border-l-2 border-rule pl-3 font-serif text-[1.05rem] leading-relaxed italic">
        <span aria-hidden="true">“</span>
        {claim.quote}
        <span aria-hidden="true">”</span>
      </blockquote>
      {claim.figures && claim.figures.length > 0 && <FigureList figures={claim.figures} />}
      <footer className="mt-3 space-y-1 text-sm text-muted">
        {relays.length > 0 && (
          <p>
            <span className="font-medium">Reported via </span>
            {relays.map((relay, i) => (
              <span key={relay.id}>
                {i > 0 && ' → '}
                <AppLink to={`/actors/${relay.id}`}>{relay.name}</AppLink>
              </span>
            ))}
          </p>
        )}
        {source && (
          <p>
            <span className="font-medium">Source </span>
            <AppLink to={`/sources/${source.id}`}>{source.title}</AppLink>, {source.publisher},{' '}
            {formatPartialDate(source.published)}
            {claim.said && (
              <>
                {' '}
                · said <span title={claim.said.note}>{formatEventDate(claim.said)}</span>
              </>
            )}
          </p>
        )}
        <div className="flex flex-wrap gap-2 pt-1">
          <CopyButton text={link} label="Copy link" done="Link copied" />
          <CopyButton text={citation} label="Cite" done="Citation copied" />
          <CiteFormats claim={claim} link={link} />
        </div>
      </footer>
    </article>
  );
});
