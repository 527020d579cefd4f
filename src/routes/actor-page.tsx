import { useMemo } from 'react';
import { useParams } from 'react-router';
import { BlameList } from '../components/actors/blame-list.tsx';
import { ClaimCard } from '../components/claims/claim-card.tsx';
import { CLAIM_PAGES, ShowMore, useShownList } from '../components/show-more.tsx';
import { blameEdges } from '../domain/blame.ts';
import type { Actor } from '../domain/schema.ts';
import { StanceBadge } from '../components/stance-badge.tsx';
import { useIndex } from '../store/explorer-store.ts';
import { AppLink } from '../url/app-link.tsx';
import { NotFound } from './not-found.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { claimPath } from '../domain/claim-anchor.ts';

/** Everything one actor said, across events, in the time order of the events. */
export function ActorPage() {
  const { actorId = '' } = useParams();
  const actor = useIndex().actorById.get(actorId);
  useDocumentTitle(actor?.name ?? 'Actor not found');
  if (!actor) return <NotFound what="actor" id={actorId} />;
  return <ActorView key={actor.id} actor={actor} />;
}

function ActorView({ actor }: { actor: Actor }) {
  const index = useIndex();
  // Once per actor, not at every "Show more".
  const { claims, relayed, blames, blamedBy } = useMemo(() => {
    const claims = (index.claimsByActor.get(actor.id) ?? []).map((position) => index.claims[position]!);
    return {
      claims,
      relayed: (index.claimsRelayedBy.get(actor.id) ?? []).map((position) => index.claims[position]!),
      blames: blameEdges(claims),
      blamedBy: blameEdges((index.claimsAbout.get(actor.id) ?? []).map((position) => index.claims[position]!)).filter(
        (edge) => edge.to === actor.id,
      ),
    };
  }, [index, actor]);
  const shownClaims = useShownList('claims', claims.length, CLAIM_PAGES);
  const shownRelayed = useShownList('relayed', relayed.length, CLAIM_PAGES);

  return (
    <article className="mx-auto max-w-3xl px-4 py-6" aria-labelledby="actor-name">
      <p className="text-sm">
        <AppLink to="/">← All events</AppLink>
      </p>
      <header className="mt-3">
        <h1 id="actor-name" className="text-3xl font-semibold">
          {actor.name}
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-muted">
          <StanceBadge stance={actor.stance} /> · {actor.role}
        </p>
        <p className="mt-3 font-serif text-lg leading-relaxed">{actor.description}</p>
        {actor.aliases.length > 0 && (
          <p className="mt-2 text-sm text-muted">Also written: {actor.aliases.join(', ')}</p>
        )}
      </header>
      {(blames.length > 0 || blamedBy.length > 0) && (
        <section aria-labelledby="actor-blame" className="mt-8">
          <h2 id="actor-blame" className="text-2xl font-semibold">
            Who blames whom
          </h2>
          <p className="mt-1 text-sm text-muted">
            The actors that claims name as blamed, accused, defended, cleared or targeted.
          </p>
          <div className="mt-2 grid gap-6 md:grid-cols-2">
            <div>
              <h3 className="font-sans text-lg font-semibold">Whom its claims are about</h3>
              {blames.length === 0 ? (
                <p className="mt-2 text-sm text-muted">No claim of {actor.name}’s names whom it concerns.</p>
              ) : (
                <BlameList edges={blames} side="to" label={`Actors ${actor.name}’s claims are about`} />
              )}
            </div>
            <div>
              <h3 className="font-sans text-lg font-semibold">Who makes claims about it</h3>
              {blamedBy.length === 0 ? (
                <p className="mt-2 text-sm text-muted">No claim in this dataset is about {actor.name}.</p>
              ) : (
                <BlameList edges={blamedBy} side="from" label={`Actors whose claims are about ${actor.name}`} />
              )}
            </div>
          </div>
        </section>
      )}
      <section aria-labelledby="actor-claims" className="mt-8">
        <h2 id="actor-claims" className="text-2xl font-semibold">
          Claims <span className="text-base font-normal text-muted">({claims.length})</span>
        </h2>
        {claims.length === 0 ? (
          <p className="mt-2 text-muted">No claim in this dataset is attributed to {actor.name}.</p>
        ) : (
          <>
            <div className="mt-4 space-y-3">
              {claims.slice(0, shownClaims.shown).map((claim) => (
                <ClaimCard key={claim.id} claim={claim} showEvent level={3} />
              ))}
            </div>
            <ShowMore list={shownClaims} noun="claim" inExplorer={['actor', actor.id]} />
          </>
        )}
      </section>
      {relayed.length > 0 && (
        <section aria-labelledby="actor-relayed" className="mt-8">
          <h2 id="actor-relayed" className="text-2xl font-semibold">
            Relayed others’ claims <span className="text-base font-normal text-muted">({relayed.length})</span>
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {relayed.slice(0, shownRelayed.shown).map((claim) => (
              <li key={claim.id}>
                <AppLink to={claimPath(claim.eventId, claim.id)}>{claim.summary}</AppLink>{' '}
                <span className="text-muted">— {index.actorById.get(claim.actorId)?.name}</span>
              </li>
            ))}
          </ul>
          <ShowMore list={shownRelayed} noun="claim" inExplorer={['relay', actor.id]} />
        </section>
      )}
    </article>
  );
}
