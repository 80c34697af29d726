import { formatGroupValue } from '../domain/format';
import type { PlotFilter } from '../domain/filter';
import type { StageKey } from '../domain/types';
import { useStages } from '../state/selectors';
import { useAppStore } from '../state/store';
import { useFilterOptions } from '../state/tool-selectors';
import { useToolStore } from '../state/tool-store';
import { FilterChecklist } from './FilterChecklist';
import { stageLabel, useLanguage, useText } from './i18n';
import './staff-tools.css';

function numberOrNull(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** The filter drawer at the left of the map: every field of the plot filter, with counts. */
export function FilterPanel() {
  const text = useText();
  const language = useLanguage();
  const open = useToolStore((state) => state.filterOpen);
  const setOpen = useToolStore((state) => state.setFilterOpen);
  const filter = useAppStore((state) => state.filter);
  const setFilter = useAppStore((state) => state.setFilter);
  const stages = useStages();
  const options = useFilterOptions();
  const change = (fields: Partial<PlotFilter>) => setFilter({ ...filter, ...fields });
  const label = (value: string) => formatGroupValue(value, language);

  if (!open) {
    return (
      <button type="button" className="filter-drawer-tab" data-testid="filter-open" onClick={() => setOpen(true)}>
        {text('filters')}
      </button>
    );
  }
  return (
    <aside className="filter-drawer" aria-label={text('filters')} data-testid="filter-panel">
      <header className="panel-header">
        <h2>{text('filters')}</h2>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          {text('hideFilters')} «
        </button>
      </header>
      <input
        type="search"
        className="filter-search"
        aria-label={text('search')}
        placeholder={text('searchPlaceholder')}
        value={filter.text}
        data-testid="filter-text"
        onChange={(event) => change({ text: event.target.value })}
      />
      <div className="filter-row">
        <select
          aria-label={text('township')}
          value={filter.township ?? ''}
          data-testid="filter-township"
          onChange={(event) => change({ township: event.target.value === '' ? null : event.target.value, village: null })}
        >
          <option value="">{text('allTownships')}</option>
          {options.townships.map((option) => (
            <option key={option.value} value={option.value}>
              {label(option.value)} ({option.count})
            </option>
          ))}
        </select>
        <select
          aria-label={text('village')}
          value={filter.village ?? ''}
          data-testid="filter-village"
          onChange={(event) => change({ village: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">{text('allVillages')}</option>
          {options.villages.map((option) => (
            <option key={option.value} value={option.value}>
              {label(option.value)} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <FilterChecklist
        legend={text('stage')}
        testId="filter-stages"
        items={stages.map((stage) => ({
          value: stage.key,
          label: (
            <>
              <span className="swatch" style={{ background: stage.color }} aria-hidden="true" />
              {stageLabel(stage, language)}
            </>
          ),
          count: options.stages.get(stage.key) ?? 0,
        }))}
        chosen={filter.stages}
        onChange={(chosen) => change({ stages: chosen as StageKey[] })}
      />
      <FilterChecklist
        legend={text('industry')}
        testId="filter-industries"
        items={options.industries.map((option) => ({ ...option, label: label(option.value) }))}
        chosen={filter.industries}
        onChange={(industries) => change({ industries })}
      />
      <FilterChecklist
        legend={text('categories')}
        testId="filter-categories"
        items={options.categories.map((option) => ({ ...option, label: label(option.value) }))}
        chosen={filter.categories}
        onChange={(categories) => change({ categories })}
      />
      <fieldset className="filter-group">
        <legend>{text('areaRange')}</legend>
        <div className="filter-row">
          <input
            type="number"
            min={0}
            step="any"
            aria-label={`${text('areaRange')} ${text('minimum')}`}
            placeholder={text('minimum')}
            value={filter.minAreaMu ?? ''}
            data-testid="filter-min-area"
            onChange={(event) => change({ minAreaMu: numberOrNull(event.target.value) })}
          />
          <span aria-hidden="true">–</span>
          <input
            type="number"
            min={0}
            step="any"
            aria-label={`${text('areaRange')} ${text('maximum')}`}
            placeholder={text('maximum')}
            value={filter.maxAreaMu ?? ''}
            data-testid="filter-max-area"
            onChange={(event) => change({ maxAreaMu: numberOrNull(event.target.value) })}
          />
        </div>
      </fieldset>
      <label className="filter-option filter-overdue">
        <input type="checkbox" checked={filter.overdueOnly} data-testid="filter-overdue" onChange={(event) => change({ overdueOnly: event.target.checked })} />
        <span className="filter-option-label">{text('overdueOnly')}</span>
      </label>
    </aside>
  );
}
