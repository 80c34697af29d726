import { isAreaRangeReversed } from '../domain/area-range';
import { formatGroupValue } from '../domain/format';
import type { PlotFilter } from '../domain/filter';
import type { StageKey } from '../domain/types';
import { useStages } from '../state/selectors';
import { useAppStore } from '../state/store';
import { useFilterOptions } from '../state/tool-selectors';
import { useToolStore } from '../state/tool-store';
import { FilterChecklist } from './FilterChecklist';
import { FilterSelect } from './FilterSelect';
import { stageLabel, useLanguage, useText } from './i18n';
import './staff-tools.css';

function numberOrNull(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Changes some fields of the filter as it is when the user acts. */
function changeFilter(fields: Partial<PlotFilter>): void {
  const { filter, setFilter } = useAppStore.getState();
  setFilter({ ...filter, ...fields });
}

// The same functions on every render, so the memoised drop-downs skip re-rendering.
const chooseTownship = (township: string | null) => changeFilter({ township, village: null });
const chooseVillage = (village: string | null) => changeFilter({ village });

/** The filter drawer at the left of the map: every field of the plot filter, with counts. */
export function FilterPanel() {
  const text = useText();
  const language = useLanguage();
  const open = useToolStore((state) => state.filterOpen);
  const setOpen = useToolStore((state) => state.setFilterOpen);
  const filter = useAppStore((state) => state.filter);
  const stages = useStages();
  const options = useFilterOptions();
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
        onChange={(event) => changeFilter({ text: event.target.value })}
      />
      <div className="filter-row">
        <FilterSelect
          label={text('township')}
          allLabel={text('allTownships')}
          value={filter.township}
          options={options.townships}
          language={language}
          testId="filter-township"
          onChange={chooseTownship}
        />
        <FilterSelect
          label={text('village')}
          allLabel={text('allVillages')}
          value={filter.village}
          options={options.villages}
          language={language}
          testId="filter-village"
          onChange={chooseVillage}
        />
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
        onChange={(chosen) => changeFilter({ stages: chosen as StageKey[] })}
      />
      <FilterChecklist
        legend={text('industry')}
        testId="filter-industries"
        items={options.industries.map((option) => ({ ...option, label: label(option.value) }))}
        chosen={filter.industries}
        onChange={(industries) => changeFilter({ industries })}
      />
      <FilterChecklist
        legend={text('categories')}
        testId="filter-categories"
        items={options.categories.map((option) => ({ ...option, label: label(option.value) }))}
        chosen={filter.categories}
        onChange={(categories) => changeFilter({ categories })}
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
            onChange={(event) => changeFilter({ minAreaMu: numberOrNull(event.target.value) })}
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
            onChange={(event) => changeFilter({ maxAreaMu: numberOrNull(event.target.value) })}
          />
        </div>
        {isAreaRangeReversed(filter) && (
          <p className="filter-warning" role="alert" data-testid="area-range-reversed">
            {text('areaRangeReversed')}
          </p>
        )}
      </fieldset>
      <label className="filter-option filter-overdue">
        <input type="checkbox" checked={filter.overdueOnly} data-testid="filter-overdue" onChange={(event) => changeFilter({ overdueOnly: event.target.checked })} />
        <span className="filter-option-label">{text('overdueOnly')}</span>
      </label>
    </aside>
  );
}
