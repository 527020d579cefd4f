import type { FilterResult, Filters } from '../../domain/filters.ts';

/** Being written: see issue #19. */
export function FiguresView({ result }: { result: FilterResult; filters: Filters }) {
  return <p className="mt-3 text-muted">{result.claimCount} claims.</p>;
}
