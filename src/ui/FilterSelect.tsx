import { memo } from 'react';
import type { FilterOption } from '../domain/filter-options';
import { formatGroupValue, type Language } from '../domain/format';

/**
 * A drop-down of one field's values, each with its plot count. Memoised: the village list can
 * hold hundreds of options, and ticking a box elsewhere in the filter need not touch them.
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
  return (
    <select aria-label={label} value={value ?? ''} data-testid={testId} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {formatGroupValue(option.value, language)} ({option.count})
        </option>
      ))}
    </select>
  );
});
