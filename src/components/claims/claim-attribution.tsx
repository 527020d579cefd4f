import type { Claim } from '../../domain/schema.ts';
import { withoutOwnQuoteMarks } from '../../domain/quotes.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { AppLink } from '../../url/app-link.tsx';
import { ATTRIBUTION_HINT, ATTRIBUTION_LABEL, FORM_HINT, FORM_LABEL, OBJECT_ROLE_LABEL } from '../labels.ts';

/**
 * How the claim is known and whom it concerns: "Act · Claimant inferred: the report does
 * not name who made the arrests", the reporter's distancing words, and the actors it is
 * about or addressed to. Every part is text, so a screen reader hears what a reader sees.
 */
export function ClaimAttribution({ claim }: { claim: Claim }) {
  const index = useIndex();
  const name = (id: string) => index.actorById.get(id)?.name ?? id;
  const hasObjects = (claim.object?.length ?? 0) > 0;
  const hasAddressees = (claim.addressee?.length ?? 0) > 0;
  if (!claim.form && !claim.attribution && !claim.hedges?.length && !hasObjects && !hasAddressees && !claim.objectNote)
    return null;
  return (
    <div className="mt-2 space-y-1 text-sm">
      {(claim.form || claim.attribution) && (
        <p className="text-muted">
          {claim.form && (
            <span className="font-medium text-ink" title={FORM_HINT[claim.form]}>
              {FORM_LABEL[claim.form]}
            </span>
          )}
          {claim.form && claim.attribution && ' · '}
          {claim.attribution && (
            <span title={ATTRIBUTION_HINT[claim.attribution]}>{ATTRIBUTION_LABEL[claim.attribution]}</span>
          )}
          {claim.attributionNote && <>: {claim.attributionNote}</>}
        </p>
      )}
      {claim.hedges && claim.hedges.length > 0 && (
        <p className="text-muted">
          <span className="font-medium">The source keeps its distance: </span>
          {claim.hedges.map((hedge, i) => (
            <span key={hedge}>
              {i > 0 && ', '}
              {/* A scare quote keeps its words in the page's own marks, not in two pairs. */}
              <q className="font-serif italic">{withoutOwnQuoteMarks(hedge)}</q>
            </span>
          ))}
        </p>
      )}
      {(hasObjects || claim.objectNote) && (
        <p>
          <span className="font-medium">About: </span>
          {claim.object?.map((object, i) => (
            <span key={`${object.actorId}-${object.role}`}>
              {i > 0 && ', '}
              <AppLink to={`/actors/${object.actorId}`}>{name(object.actorId)}</AppLink>{' '}
              <span className="text-muted">({OBJECT_ROLE_LABEL[object.role]})</span>
            </span>
          ))}
          {claim.objectNote && (
            <span className="text-muted">
              {hasObjects ? '. ' : ''}
              {claim.objectNote}
            </span>
          )}
        </p>
      )}
      {hasAddressees && (
        <p>
          <span className="font-medium">Addressed to: </span>
          {claim.addressee!.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <AppLink to={`/actors/${id}`}>{name(id)}</AppLink>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
