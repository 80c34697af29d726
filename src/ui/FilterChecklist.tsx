import type { ReactNode } from 'react';

export interface ChecklistItem {
  value: string;
  label: ReactNode;
  count: number;
}

/** A list of tick boxes, each with the number of plots ticking it would show. */
export function FilterChecklist({
  legend,
  items,
  chosen,
  onChange,
  testId,
}: {
  legend: string;
  items: readonly ChecklistItem[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  testId: string;
}) {
  const toggle = (value: string) => onChange(chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value]);
  return (
    <fieldset className="filter-group" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="filter-checklist">
        {items.map((item) => (
          <label key={item.value} className={item.count === 0 ? 'filter-option filter-option-empty' : 'filter-option'} data-value={item.value}>
            <input type="checkbox" checked={chosen.includes(item.value)} onChange={() => toggle(item.value)} />
            <span className="filter-option-label">{item.label}</span>
            <span className="filter-option-count">{item.count}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
