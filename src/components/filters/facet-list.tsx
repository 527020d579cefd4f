import { useId } from 'react';
import { formatNumber } from '../../domain/numbers.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  hint?: string;
  marker?: React.ReactNode;
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
  options: FacetOption[];
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
        {options.map((option) => {
          const disabled = option.count === 0 && !option.selected;
          const inputId = `${id}-${option.value}`;
          return (
            <li key={option.value}>
              <label
                htmlFor={inputId}
                title={option.hint}
                className={`flex items-center gap-2 rounded px-1 py-0.5 text-sm ${disabled ? 'text-muted/60' : 'cursor-pointer hover:bg-rule/40'}`}
              >
                <input
                  id={inputId}
                  type="checkbox"
                  checked={option.selected}
                  disabled={disabled}
                  onChange={() => onToggle(option.value)}
                  className="size-4 accent-accent"
                />
                {option.marker}
                <span className="min-w-0 flex-1 truncate">{option.label}</span>
                <span className="text-xs text-muted tabular-nums" aria-label={countLabel(option.count, counted)}>
                  {formatNumber(option.count)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** "1 claim made", "12 claims made", "1 event": the noun's first word takes the number. */
function countLabel(count: number, counted: string): string {
  const [noun = '', ...rest] = counted.split(' ');
  const word = count === 1 ? noun.replace(/s$/, '') : noun;
  return [formatNumber(count), word, ...rest].join(' ');
}
