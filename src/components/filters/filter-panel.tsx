import { useMemo, useState } from 'react';
import type { FilterResult } from '../../domain/filters.ts';
import { CLAIM_TYPES, STANCES } from '../../domain/vocabulary.ts';
import { foldText } from '../../domain/text.ts';
import { useExplorerStore, useFilters, useIndex } from '../../store/explorer-store.ts';
import { CLAIM_TYPE_HINT, CLAIM_TYPE_LABEL, STANCE_HINT, STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { DateRange } from './date-range.tsx';
import { FacetList, type FacetOption } from './facet-list.tsx';
import { SearchBox } from './search-box.tsx';

/** How many actors and places are listed before "show all": long lists need a search instead. */
const SHORT_LIST = 12;

export function FilterPanel({ facets }: { facets: FilterResult['facets'] }) {
  const index = useIndex();
  const filters = useFilters();
  const { stanceToggled, typeToggled, actorToggled, placeToggled } = useExplorerStore.getState();

  const stanceOptions: FacetOption[] = STANCES.map((stance, i) => ({
    value: stance,
    label: STANCE_LABEL[stance],
    hint: STANCE_HINT[stance],
    count: facets.stance[i]!,
    selected: filters.stance.includes(stance),
    marker: <StanceSwatch stance={stance} />,
  }));
  const typeOptions: FacetOption[] = CLAIM_TYPES.map((type, i) => ({
    value: type,
    label: CLAIM_TYPE_LABEL[type],
    hint: CLAIM_TYPE_HINT[type],
    count: facets.type[i]!,
    selected: filters.type.includes(type),
  }));
  const actorOptions: FacetOption[] = index.actors.map((actor, i) => ({
    value: actor.id,
    label: actor.name,
    hint: [actor.role, ...actor.aliases].join(' · '),
    count: facets.actor[i]!,
    selected: filters.actor.includes(actor.id),
    marker: <StanceSwatch stance={actor.stance} />,
  }));
  const placeOptions: FacetOption[] = index.places.map((place, i) => ({
    value: place,
    label: place,
    count: facets.place[i]!,
    selected: filters.place.includes(place),
  }));

  return (
    <div className="space-y-5">
      <SearchBox />
      <FacetList legend="Stance" options={stanceOptions} onToggle={(v) => stanceToggled(v as never)} />
      <FacetList legend="Claim type" options={typeOptions} onToggle={(v) => typeToggled(v as never)} />
      <DateRange />
      <LongFacet legend="Actor" noun="actors" options={actorOptions} onToggle={actorToggled} />
      <LongFacet legend="Place" noun="places" options={placeOptions} onToggle={placeToggled} />
    </div>
  );
}

/** A facet with many options: the selected and the busiest first, a box to find the rest. */
function LongFacet({
  legend,
  noun,
  options,
  onToggle,
}: {
  legend: string;
  noun: string;
  options: FacetOption[];
  onToggle: (value: string) => void;
}) {
  const [find, setFind] = useState('');
  const [all, setAll] = useState(false);
  const shown = useMemo(() => {
    const needle = foldText(find);
    const matching = needle
      ? options.filter((o) => ` ${foldText(`${o.label} ${o.hint ?? ''}`)}`.includes(` ${needle}`))
      : options;
    const ranked = [...matching].sort(
      (a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label),
    );
    return all ? ranked : ranked.slice(0, Math.max(SHORT_LIST, options.filter((o) => o.selected).length));
  }, [options, find, all]);
  const hidden = options.length - shown.length;

  return (
    <div>
      <FacetList legend={legend} options={shown} onToggle={onToggle}>
        {options.length > SHORT_LIST && (
          <label className="mb-1 block text-sm">
            <span className="sr-only">Find {noun}</span>
            <input
              type="search"
              value={find}
              onChange={(e) => setFind(e.target.value)}
              placeholder={`Find ${noun}…`}
              className="w-full rounded border border-rule bg-transparent px-2 py-1 text-sm"
            />
          </label>
        )}
      </FacetList>
      {(hidden > 0 || all) && options.length > SHORT_LIST && (
        <button type="button" onClick={() => setAll(!all)} className="mt-1 text-sm text-accent underline">
          {all ? `Show fewer ${noun}` : `Show all ${options.length} ${noun}`}
        </button>
      )}
    </div>
  );
}
