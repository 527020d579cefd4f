import { useMemo, useState } from 'react';
import type { FilterResult } from '../../domain/filters.ts';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, STANCES } from '../../domain/vocabulary.ts';
import { firstInOrder } from '../../domain/first-in-order.ts';
import { foldText } from '../../domain/text.ts';
import { useExplorerStore, useFilters, useIndex } from '../../store/explorer-store.ts';
import {
  ATTRIBUTION_HINT,
  ATTRIBUTION_LABEL,
  CLAIM_TYPE_HINT,
  CLAIM_TYPE_LABEL,
  FORM_HINT,
  FORM_LABEL,
  STANCE_HINT,
  STANCE_LABEL,
} from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { DateRange } from './date-range.tsx';
import { FacetList, type FacetOption } from './facet-list.tsx';
import { SearchBox } from './search-box.tsx';

/** How many actors and places are listed before "show all": long lists need a search instead. */
const SHORT_LIST = 12;

export function FilterPanel({ facets }: { facets: FilterResult['facets'] }) {
  const index = useIndex();
  const filters = useFilters();
  const { stanceToggled, typeToggled, formToggled, attributionToggled, actorToggled, aboutToggled, placeToggled } =
    useExplorerStore.getState();

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
  const formOptions: FacetOption[] = CLAIM_FORMS.map((form, i) => ({
    value: form,
    label: FORM_LABEL[form],
    hint: FORM_HINT[form],
    count: facets.form[i]!,
    selected: filters.form.includes(form),
  }));
  const attributionOptions: FacetOption[] = ATTRIBUTIONS.map((kind, i) => ({
    value: kind,
    label: ATTRIBUTION_LABEL[kind],
    hint: ATTRIBUTION_HINT[kind],
    count: facets.attribution[i]!,
    selected: filters.attribution.includes(kind),
  }));
  // What does not change with the filters is built once per dataset.
  const actorBase = useMemo(
    () =>
      index.actors.map((actor) => ({
        value: actor.id,
        label: actor.name,
        hint: [actor.role, ...actor.aliases].join(' · '),
        marker: <StanceSwatch stance={actor.stance} />,
      })),
    [index],
  );
  const placeBase = useMemo(() => index.places.map((place) => ({ value: place, label: place })), [index]);

  return (
    <div className="space-y-5">
      <SearchBox />
      <FacetList legend="Stance" options={stanceOptions} onToggle={(v) => stanceToggled(v as never)} />
      <FacetList legend="Claim type" options={typeOptions} onToggle={(v) => typeToggled(v as never)} />
      <FacetList legend="Form" options={formOptions} onToggle={(v) => formToggled(v as never)} />
      <FacetList
        legend="Who is named as claimant"
        options={attributionOptions}
        onToggle={(v) => attributionToggled(v as never)}
      />
      <DateRange />
      <LongFacet
        legend="Actor"
        noun="actors"
        base={actorBase}
        counts={facets.actor}
        selected={filters.actor}
        onToggle={actorToggled}
      />
      <LongFacet
        legend="Claims about"
        noun="people and groups"
        base={actorBase}
        counts={facets.about}
        selected={filters.about}
        onToggle={aboutToggled}
      />
      <LongFacet
        legend="Place"
        noun="places"
        base={placeBase}
        counts={facets.place}
        selected={filters.place}
        onToggle={placeToggled}
      />
    </div>
  );
}

type BaseOption = Omit<FacetOption, 'count' | 'selected'>;

/**
 * A facet with many options (a thousand actors): the selected and the busiest first, a
 * box to find the rest. Only the options shown are built on a filter change.
 */
function LongFacet({
  legend,
  noun,
  base,
  counts,
  selected,
  onToggle,
}: {
  legend: string;
  noun: string;
  /** In label order: ties in rank stay alphabetical. */
  base: BaseOption[];
  counts: Uint32Array;
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const [find, setFind] = useState('');
  const [all, setAll] = useState(false);
  const searching = find !== '';
  // Labels are folded for matching once a search starts, not on every keystroke.
  const folded = useMemo(
    () => (searching ? base.map((o) => ` ${foldText(`${o.label} ${o.hint ?? ''}`)}`) : null),
    [base, searching],
  );
  const shown = useMemo(() => {
    const chosen = new Set(selected);
    const isSelected = (i: number) => (chosen.has(base[i]!.value) ? 1 : 0);
    const rank = (a: number, b: number) => isSelected(b) - isSelected(a) || counts[b]! - counts[a]!;
    const needle = foldText(find);
    const matching = [...base.keys()].filter((i) => !needle || folded![i]!.includes(` ${needle}`));
    const ranked = all ? [...matching].sort(rank) : firstInOrder(matching, Math.max(SHORT_LIST, chosen.size), rank);
    return ranked.map((i): FacetOption => ({ ...base[i]!, count: counts[i]!, selected: isSelected(i) === 1 }));
  }, [base, counts, selected, find, folded, all]);
  const hidden = base.length - shown.length;

  return (
    <div>
      <FacetList legend={legend} options={shown} onToggle={onToggle}>
        {base.length > SHORT_LIST && (
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
      {(hidden > 0 || all) && base.length > SHORT_LIST && (
        <button type="button" onClick={() => setAll(!all)} className="mt-1 text-sm text-accent underline">
          {all ? `Show fewer ${noun}` : `Show all ${base.length} ${noun}`}
        </button>
      )}
    </div>
  );
}
