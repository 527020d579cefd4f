import { LIST_DIMENSIONS } from '../../domain/dimensions.ts';
import { activeDimensions, type Dimension, type FilterResult, type Filters } from '../../domain/filters.ts';
import { formatPartialDate } from '../../domain/dates.ts';
import { plural } from '../../domain/numbers.ts';
import { useExplorerStore, useIndex } from '../../store/explorer-store.ts';
import { DIMENSION_VIEWS } from './dimension-views.tsx';

/** How a filter is named in the summary and its messages: the text query, the dates, or a dimension's label. */
const dimensionLabel = (dimension: Dimension): string =>
  dimension === 'q' ? 'search' : dimension === 'date' ? 'date' : LIST_DIMENSIONS[dimension].label;

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
    if (dimension === 'q') return `“${filters.q.trim()}”`;
    if (dimension === 'date')
      return [
        filters.from && `from ${formatPartialDate(filters.from)}`,
        filters.to && `to ${formatPartialDate(filters.to)}`,
      ]
        .filter(Boolean)
        .join(' ');
    const view = DIMENSION_VIEWS[dimension];
    return filters[dimension].map((value) => view.option(index, value).label).join(' or ');
  };

  return (
    <div className="space-y-2 wrap-anywhere">
      <p aria-live="polite" className="font-serif text-xl">
        {plural(result.claimCount, 'claim')} in {plural(result.events.length, 'event')}
        {active.length === 0 && <span className="text-muted"> — the whole dataset</span>}
      </p>
      {result.text && (
        <p className="text-sm text-muted">
          “{filters.q.trim()}”: {plural(result.text.own, 'claim')} match in their own words, claimant, relays or the
          actors they are about
          {result.text.viaEvent > 0 && (
            <>
              ; {plural(result.text.viaEvent, 'more claim')} belong to events whose title, summary, place or tags match
            </>
          )}
          .
        </p>
      )}
      {searching && (
        <p role="status" className="text-sm text-muted">
          Preparing the text search for {plural(index.columns.event.length, 'claim')}; “{filters.q.trim()}” applies in a
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
                aria-label={`Remove ${dimensionLabel(dimension)} filter: ${describe(dimension)}`}
              >
                <span className="text-muted">{dimensionLabel(dimension)}:</span> {describe(dimension)}{' '}
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
                  The {dimensionLabel(dimension)} filter ({describe(dimension)}) alone excludes {plural(count, 'claim')}{' '}
                  that match the rest.{' '}
                  <button type="button" onClick={() => filterCleared(dimension)} className="text-accent underline">
                    Remove it
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm">
              Removing any one filter would still leave nothing: the filters{' '}
              {active.map((d) => dimensionLabel(d)).join(', ')} exclude everything together.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
