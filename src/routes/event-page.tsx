import { useLayoutEffect, useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { groupByStance } from '../domain/accounts.ts';
import { claimPath, readClaimAnchor } from '../domain/claim-anchor.ts';
import { formatEventDate } from '../domain/dates.ts';
import { plural } from '../domain/numbers.ts';
import { ClaimCard } from '../components/claims/claim-card.tsx';
import { COLUMN_PAGES, ShowMore, useShownList } from '../components/show-more.tsx';
import type { Claim, Stance } from '../domain/schema.ts';
import { DisputePanel } from '../components/events/dispute-panel.tsx';
import { FiguresSection } from '../components/figures/figures-section.tsx';
import { RelayChains } from '../components/relays/relay-chains.tsx';
import { STANCE_HINT, STANCE_LABEL } from '../components/labels.ts';
import { StanceSwatch } from '../components/stance-badge.tsx';
import { useIndex } from '../store/explorer-store.ts';
import { AppLink } from '../url/app-link.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { NotFound } from './not-found.tsx';

export function EventPage() {
  const { eventId = '' } = useParams();
  const { hash } = useLocation();
  const index = useIndex();
  const event = index.eventById.get(eventId);
  const claims = useMemo(
    () => (index.claimsByEvent.get(eventId) ?? []).map((position) => index.claims[position]!),
    [index, eventId],
  );
  const accounts = useMemo(() => groupByStance(claims, index.actorById), [claims, index]);
  const disputes = index.disputesByEvent.get(eventId) ?? [];
  const anchor = readClaimAnchor(hash);
  const targetId = anchor && 'id' in anchor ? anchor.id : null;
  const target = targetId !== null && index.claimById.get(targetId)?.eventId === eventId ? targetId : null;
  const moved = targetId !== null && !target ? index.claimById.get(targetId) : undefined;
  const elsewhere = moved ? index.eventById.get(moved.eventId) : undefined;
  useDocumentTitle(event?.title ?? 'Event not found');

  useLayoutEffect(() => {
    if (target) document.getElementById(`claim-${target}`)?.scrollIntoView({ block: 'center' });
  }, [target]);

  if (!event) return <NotFound what="event" id={eventId} />;

  return (
    <article className="mx-auto max-w-7xl px-4 py-6" aria-labelledby="event-title">
      <p className="text-sm">
        <AppLink to="/">← All events</AppLink>
      </p>
      <header className="mt-3 max-w-3xl">
        <h1 id="event-title" className="text-3xl font-semibold sm:text-4xl">
          {event.title}
        </h1>
        <p className="mt-2 text-muted">
          <time dateTime={event.date.start}>{formatEventDate(event.date)}</time> · {event.place.name}
          {event.date.note && <span className="block text-sm">Date: {event.date.note}</span>}
        </p>
        <p className="mt-4 font-serif text-lg leading-relaxed">{event.summary}</p>
        {event.tags.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-2 text-xs text-muted" aria-label="Tags">
            {event.tags.map((tag) => (
              <li key={tag} className="rounded-full border border-rule px-2 py-0.5">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </header>

      {anchor && 'malformed' in anchor && (
        <p role="status" className="mt-4 rounded border border-rule bg-highlight/40 p-3 text-sm break-words">
          Ignored the link’s claim anchor “#claim-{anchor.malformed}”: it is garbled. All of this event’s accounts are
          shown below.
        </p>
      )}

      {targetId !== null && !target && (
        <p role="status" className="mt-4 rounded border border-rule bg-highlight/40 p-3 text-sm">
          The linked claim “{targetId}” is not part of this event.{' '}
          {elsewhere ? (
            // A claim moved to another event (an event split in two) keeps its id: follow it there.
            <>
              It is filed under <AppLink to={claimPath(elsewhere.id, targetId)}>{elsewhere.title}</AppLink>.
            </>
          ) : (
            'All of its accounts are shown below.'
          )}
        </p>
      )}

      {disputes.length > 0 && (
        <section aria-labelledby="disputes-heading" className="mt-8">
          <h2 id="disputes-heading" className="text-2xl font-semibold">
            Where accounts disagree
          </h2>
          <div className="mt-3 space-y-4">
            {disputes.map((dispute) => (
              <DisputePanel key={dispute.id} dispute={dispute} />
            ))}
          </div>
        </section>
      )}

      <FiguresSection eventId={event.id} claims={claims} />

      <section aria-labelledby="accounts-heading" className="mt-8">
        <h2 id="accounts-heading" className="text-2xl font-semibold">
          Accounts <span className="text-base font-normal text-muted">({plural(claims.length, 'claim')})</span>
        </h2>
        {accounts.silent.length > 0 && (
          <p className="mt-1 text-sm text-muted">
            Silent on this event in our sources: {accounts.silent.map((s) => STANCE_LABEL[s]).join(', ')}.
          </p>
        )}
        <div
          className="mt-4 grid gap-4"
          style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, 18rem), 1fr))` }}
        >
          {accounts.columns.map((column) => (
            <StanceColumn key={column.stance} stance={column.stance} claims={column.claims} target={target} />
          ))}
        </div>
      </section>
      <RelayChains eventId={event.id} />
    </article>
  );
}

/** One stance's accounts of the event, a page at a time, always through the linked claim. */
function StanceColumn({ stance, claims, target }: { stance: Stance; claims: Claim[]; target: string | null }) {
  const through = target === null ? -1 : claims.findIndex((claim) => claim.id === target);
  const shown = useShownList(`column-${stance}`, claims.length, COLUMN_PAGES, through);
  return (
    <section aria-labelledby={`column-${stance}`} className="min-w-0">
      <h3
        id={`column-${stance}`}
        className="flex items-center gap-2 border-b border-rule pb-1 font-sans text-sm font-semibold tracking-wide uppercase"
        title={STANCE_HINT[stance]}
      >
        <StanceSwatch stance={stance} />
        {STANCE_LABEL[stance]}
        <span className="font-normal text-muted">{claims.length}</span>
      </h3>
      {claims.length === 0 ? (
        <p className="mt-3 rounded border border-dashed border-rule p-3 text-sm text-muted italic">
          Silent: no {STANCE_LABEL[stance].toLowerCase()} account of this event in our sources.
        </p>
      ) : (
        <>
          <div className="mt-3 space-y-3">
            {claims.slice(0, shown.shown).map((claim) => (
              <ClaimCard key={claim.id} claim={claim} highlighted={claim.id === target} />
            ))}
          </div>
          <ShowMore list={shown} noun="claim" />
        </>
      )}
    </section>
  );
}
