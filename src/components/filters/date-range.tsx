import { useState } from 'react';
import { isValidPartialDate } from '../../domain/dates.ts';
import { useExplorerStore } from '../../store/explorer-store.ts';

/** From/to as partial dates; a partial date stands for its whole span. */
export function DateRange() {
  // Only the dates: ticking a box elsewhere leaves this form alone.
  const from = useExplorerStore((s) => s.filters.from) ?? '';
  const to = useExplorerStore((s) => s.filters.to) ?? '';
  const datesChanged = useExplorerStore((s) => s.datesChanged);
  const [draft, setDraft] = useState({ from, to });
  // When a link, Back or Clear changes a date, its box follows; the other keeps what is typed.
  const [shown, setShown] = useState({ from, to });
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to });
    setDraft({ from: shown.from !== from ? from : draft.from, to: shown.to !== to ? to : draft.to });
  }
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    const bad = (['from', 'to'] as const).find((key) => draft[key] !== '' && !isValidPartialDate(draft[key].trim()));
    if (bad) {
      setError(`“${draft[bad]}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
      return;
    }
    setError(null);
    datesChanged(draft.from.trim() || undefined, draft.to.trim() || undefined);
  };

  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Date of event</legend>
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          commit();
        }}
      >
        {(['from', 'to'] as const).map((key) => (
          <label key={key} className="flex min-w-0 flex-1 flex-col text-sm">
            <span className="capitalize">{key}</span>
            <input
              name={key}
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
              onBlur={commit}
              placeholder={key === 'from' ? '2004' : '2011-10'}
              inputMode="numeric"
              aria-invalid={error !== null}
              aria-describedby={error ? 'date-error' : 'date-help'}
              className="w-full rounded border border-rule bg-transparent px-2 py-1 tabular-nums"
            />
          </label>
        ))}
        <button type="submit" className="sr-only">
          Apply dates
        </button>
      </form>
      <p id="date-help" className="mt-1 text-xs text-muted">
        YYYY, YYYY-MM or YYYY-MM-DD
      </p>
      {error && (
        <p id="date-error" role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}
