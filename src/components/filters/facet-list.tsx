import { memo, useId } from 'react';
import { formatNumber } from '../../domain/numbers.ts';

/** What an option is, whatever the filters: built once per dataset. */
export interface FacetOption {
  value: string;
  label: string;
  hint?: string;
  marker?: React.ReactNode;
}

/** An option as shown: with its count given the other filters, and whether it is ticked. */
export interface ShownOption {
  option: FacetOption;
  count: number;
  selected: boolean;
}

/**
 * A group of checkboxes, each with the number of claims it would match given the other
 * filters. Options at zero stay visible but disabled, unless already selected.
 */
export function FacetList({
  legend,
  counted = 'claims',
  options,
  onToggle,
  children,
}: {
  legend: string;
  /** What the counts count, plural, as a screen reader hears each ("12 claims made"). */
  counted?: string;
  options: ShownOption[];
  /** The same function from render to render, so that rows whose count stays are not rendered again. */
  onToggle: (value: string) => void;
  /** Shown between the legend and the options, e.g. a box to find an option. */
  children?: React.ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{legend}</legend>
      {children}
      <ul className="space-y-0.5">
        {options.map(({ option, count, selected }) => (
          <FacetRow
            key={option.value}
            inputId={`${id}-${option.value}`}
            option={option}
            count={count}
            selected={selected}
            counted={counted}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * One option. Memoized: a filter change renders again only the rows whose count or tick
 * changed, not the hundred beside them.
 */
const FacetRow = memo(function FacetRow({
  inputId,
  option,
  count,
  selected,
  counted,
  onToggle,
}: {
  inputId: string;
  option: FacetOption;
  count: number;
  selected: boolean;
  counted: string;
  onToggle: (value: string) => void;
}) {
  const disabled = count === 0 && !selected;
  return (
    <li>
      <label
        htmlFor={inputId}
        title={option.hint}
        className={`flex items-center gap-2 rounded px-1 py-0.5 text-sm ${disabled ? 'text-muted/60' : 'cursor-pointer hover:bg-rule/40'}`}
      >
        <FacetBox id={inputId} value={option.value} checked={selected} disabled={disabled} onToggle={onToggle} />
        {option.marker}
        <span className="min-w-0 flex-1 truncate">{option.label}</span>
        <span className="text-xs text-muted tabular-nums" aria-label={countLabel(count, counted)}>
          {formatNumber(count)}
        </span>
      </label>
    </li>
  );
});

/**
 * The checkbox on its own: React writes every attribute of an input it renders again (its
 * type and name too, which restyles it), so a count that changes beside it leaves it alone.
 */
const FacetBox = memo(function FacetBox({
  id,
  value,
  checked,
  disabled,
  onToggle,
}: {
  id: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  onToggle: (value: string) => void;
}) {
  return (
    <input
      id={id}
      type="checkbox"
      checked={checked}
      disabled={disabled}
      onChange={() => onToggle(value)}
      className="size-4 accent-accent"
    />
  );
});

/** "1 claim made", "12 claims made", "1 event": the noun's first word takes the number. */
function countLabel(count: number, counted: string): string {
  const [noun = '', ...rest] = counted.split(' ');
  const word = count === 1 ? noun.replace(/s$/, '') : noun;
  return [formatNumber(count), word, ...rest].join(' ');
}
