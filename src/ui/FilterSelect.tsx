import { memo, useState } from 'react';
import type { FilterOption } from '../domain/filter-options';
import { formatGroupValue, type Language } from '../domain/format';

/**
 * A drop-down of one field's values, each with its plot count while it is being chosen from.
 * The village list can hold hundreds of options: rewriting every count on each tick elsewhere
 * in the filter would cost more than the rest of the filter panel, for numbers nobody sees
 * until the list opens. Focus comes before the list opens, by mouse or keyboard.
 */
export const FilterSelect = memo(function FilterSelect({
  label,
  allLabel,
  value,
  options,
  language,
  testId,
  onChange,
}: {
  label: string;
  /** The first option, for "no choice". */
  allLabel: string;
  value: string | null;
  options: readonly FilterOption[];
  language: Language;
  testId: string;
  onChange(value: string | null): void;
}) {
  const [choosing, setChoosing] = useState(false);
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      data-testid={testId}
      onFocus={() => setChoosing(true)}
      onBlur={() => setChoosing(false)}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">{allLabel}</option>
      {options.map((option) => {
        const name = formatGroupValue(option.value, language);
        return (
          <option key={option.value} value={option.value}>
            {choosing ? `${name} (${option.count})` : name}
          </option>
        );
      })}
    </select>
  );
});
