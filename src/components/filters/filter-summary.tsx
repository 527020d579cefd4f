import { activeDimensions, type Dimension, type FilterResult, type Filters } from '../../domain/filters.ts';
import { formatPartialDate } from '../../domain/dates.ts';
import { plural } from '../../domain/numbers.ts';
import { useExplorerStore, useIndex } from '../../store/explorer-store.ts';
import { ATTRIBUTION_LABEL, CLAIM_TYPE_LABEL, FORM_LABEL, STANCE_LABEL } from '../labels.ts';

const DIMENSION_LABEL: Record<Dimension, string> = {
  q: 'search',
  actor: 'actor',
  stance: 'stance',
  type: 'claim type',
  form: 'form',
  attribution: 'attribution',
  about: 'about',
  date: 'date',
  place: 'place',
};

/** "N claims in M events", the filters in words, and one click to clear them. */
export function FilterSummary({
  result,
  filters,
  searching = false,
}: {
  result: FilterResult;
  filters: Filters;
  /** The text search is still being prepared: the query is not applied yet. */
  searching?: boolean;
}) {
  const index = useIndex();
  const { filterCleared, filtersCleared } = useExplorerStore.getState();
  const active = activeDimensions(filters);

  const describe = (dimension: Dimension): string => {
    switch (dimension) {
      case 'q':
        return `“${filters.q.trim()}”`;
      case 'actor':
        return filters.actor.map((id) => index.actorById.get(id)?.name ?? id).join(' or ');
      case 'stance':
        return filters.stance.map((s) => STANCE_LABEL[s]).join(' or ');
      case 'type':
        return filters.type.map((t) => CLAIM_TYPE_LABEL[t]).join(' or ');
      case 'form':
        return filters.form.map((f) => FORM_LABEL[f]).join(' or ');
      case 'attribution':
        return filters.attribution.map((a) => ATTRIBUTION_LABEL[a]).join(' or ');
      case 'about':
        return filters.about.map((id) => index.actorById.get(id)?.name ?? id).join(' or ');
      case 'date':
        return [
          filters.from && `from ${formatPartialDate(filters.from)}`,
          filters.to && `to ${formatPartialDate(filters.to)}`,
        ]
          .filter(Boolean)
          .join(' ');
      case 'place':
        return filters.place.join(' or ');
    }
  };

  return (
    <div className="space-y-2">
      <p aria-live="polite" className="font-serif text-xl">
        {plural(result.claimCount, 'claim')} in {plural(result.events.length, 'event')}
        {active.length === 0 && <span className="text-muted"> — the whole dataset</span>}
      </p>
      {searching && (
        <p role="status" className="text-sm text-muted">
          Preparing the text search for {plural(index.claims.length, 'claim')}; “{filters.q.trim()}” applies in a
          moment.
        </p>
      )}
      {active.length > 0 && (
        <ul className="flex flex-wrap items-center gap-2 text-sm" aria-label="Active filters">
          {active.map((dimension) => (
            <li key={dimension}>
              <button
                type="button"
                onClick={() => filterCleared(dimension)}
                className="rounded-full border border-rule px-3 py-0.5 hover:border-muted"
                aria-label={`Remove ${DIMENSION_LABEL[dimension]} filter: ${describe(dimension)}`}
              >
                <span className="text-muted">{DIMENSION_LABEL[dimension]}:</span> {describe(dimension)}{' '}
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={filtersCleared} className="px-2 text-accent underline">
              Clear all
            </button>
          </li>
        </ul>
      )}
      {result.claimCount === 0 && active.length > 0 && (
        <div role="status" className="rounded border border-rule bg-highlight/40 p-3">
          <p className="font-semibold">No claim matches every filter.</p>
          {Object.keys(result.blockedBy).length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {(Object.entries(result.blockedBy) as [Dimension, number][]).map(([dimension, count]) => (
                <li key={dimension}>
                  The {DIMENSION_LABEL[dimension]} filter ({describe(dimension)}) alone excludes{' '}
                  {plural(count, 'claim')} that match the rest.{' '}
                  <button type="button" onClick={() => filterCleared(dimension)} className="text-accent underline">
                    Remove it
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm">
              Removing any one filter would still leave nothing: the filters{' '}
              {active.map((d) => DIMENSION_LABEL[d]).join(', ')} exclude everything together.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
