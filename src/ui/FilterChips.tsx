import { formatMu } from '../domain/format';
import { isFilterActive } from '../domain/filter';
import { useSummary, useStages } from '../state/selectors';
import { useAppStore } from '../state/store';
import { filterChips } from './filter-chips';
import { useLanguage, useText } from './i18n';

/**
 * The active filter, always in sight above the map: one chip per condition (× removes it),
 * what passes, one click to clear, and a plain message when nothing matches.
 */
export function FilterChips() {
  const text = useText();
  const language = useLanguage();
  const filter = useAppStore((state) => state.filter);
  const setFilter = useAppStore((state) => state.setFilter);
  const clearFilter = useAppStore((state) => state.clearFilter);
  const stages = useStages();
  const loaded = useAppStore((state) => state.data !== null);
  const summary = useSummary();
  if (!loaded || !isFilterActive(filter)) return null;

  return (
    <div className="filter-chips" data-testid="filter-chips" role="status">
      <span className="filter-chips-title">
        {text('filters')}
        {language === 'zh' ? '：' : ':'}
      </span>
      {filterChips(filter, stages, language).map((chip) => (
        <button key={chip.key} type="button" className="filter-chip" title={text('clearCondition')} onClick={() => setFilter(chip.without)}>
          {chip.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <span className="filter-chips-total" data-testid="filter-total">
        {summary.plotCount} {text('plotsUnit')} · {formatMu(summary.areaMu)} {text('mu')}
      </span>
      <button type="button" className="filter-clear" data-testid="filter-clear" onClick={clearFilter}>
        {text('clearFilter')}
      </button>
      {summary.plotCount === 0 && (
        <p className="filter-no-match" data-testid="no-match">
          {text('noPlotMatches')}
        </p>
      )}
    </div>
  );
}
