import { useId, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { foldText } from '../../domain/text.ts';
import { STANCE_LABEL } from '../labels.ts';

/** Matches listed under the search box: enough to choose from, few enough to read. */
const SHOWN = 8;

/** Finds an actor of the dataset by name, alias or role, to add as a column. */
export function ActorSearch({
  index,
  chosen,
  disabled,
  onAdd,
}: {
  index: DatasetIndex;
  chosen: ReadonlySet<string>;
  disabled: boolean;
  onAdd: (actorId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const id = useId();
  // Folded once per dataset: case, accents and transliterations are ignored, as in the search box.
  const folded = useMemo(
    () => index.actors.map((actor) => foldText([actor.name, ...actor.aliases, actor.role].join(' '))),
    [index],
  );
  const terms = foldText(query).split(' ').filter(Boolean);
  const found: number[] = [];
  if (terms.length > 0)
    for (let a = 0; a < index.actors.length && found.length < SHOWN; a++)
      if (!chosen.has(index.actors[a]!.id) && terms.every((term) => folded[a]!.includes(term))) found.push(a);

  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block font-semibold">
        Add an actor
      </label>
      <input
        id={id}
        type="search"
        value={query}
        disabled={disabled}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && found.length > 0) {
            onAdd(index.actors[found[0]!]!.id);
            setQuery('');
          }
        }}
        placeholder={`Name or role, among ${index.actors.length} actors`}
        aria-describedby={`${id}-found`}
        className="mt-1 w-full max-w-sm rounded border border-rule bg-paper px-2 py-1"
      />
      <div id={`${id}-found`} aria-live="polite" className="mt-1">
        {terms.length > 0 && found.length === 0 && <p className="text-muted">No actor matches “{query}”.</p>}
        {found.length > 0 && (
          <ul className="flex flex-wrap gap-1.5" aria-label="Matching actors">
            {found.map((a) => {
              const actor = index.actors[a]!;
              return (
                <li key={actor.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onAdd(actor.id);
                      setQuery('');
                    }}
                    className="rounded border border-rule px-2 py-0.5 text-left hover:border-ink"
                  >
                    <span className="sr-only">Add </span>
                    {actor.name} <span className="text-muted">({STANCE_LABEL[actor.stance]})</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
