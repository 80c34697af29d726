import { EMPTY_FILTER, type PlotFilter } from '../domain/filter';
import { formatGroupValue, type Language } from '../domain/format';
import type { StageDefinition } from '../domain/types';

export interface FilterChip {
  key: string;
  label: string;
  /** The filter without this chip. */
  without: PlotFilter;
}

/** One chip per thing the filter narrows by, each removable on its own. */
export function filterChips(filter: PlotFilter, stages: readonly StageDefinition[], language: Language): FilterChip[] {
  const zh = language === 'zh';
  const chips: FilterChip[] = [];
  const text = filter.text.trim();
  if (text !== '') chips.push({ key: 'text', label: `“${text}”`, without: { ...filter, text: EMPTY_FILTER.text } });
  if (filter.township !== null) {
    chips.push({ key: 'township', label: formatGroupValue(filter.township, language), without: { ...filter, township: null, village: null } });
  }
  if (filter.village !== null) chips.push({ key: 'village', label: formatGroupValue(filter.village, language), without: { ...filter, village: null } });
  for (const key of filter.stages) {
    const stage = stages.find((candidate) => candidate.key === key);
    const label = stage ? (zh ? stage.label : stage.labelEn) : key;
    chips.push({ key: `stage:${key}`, label, without: { ...filter, stages: filter.stages.filter((item) => item !== key) } });
  }
  for (const value of filter.industries) {
    chips.push({
      key: `industry:${value}`,
      label: formatGroupValue(value, language),
      without: { ...filter, industries: filter.industries.filter((item) => item !== value) },
    });
  }
  for (const value of filter.categories) {
    chips.push({
      key: `category:${value}`,
      label: formatGroupValue(value, language),
      without: { ...filter, categories: filter.categories.filter((item) => item !== value) },
    });
  }
  const unit = zh ? '亩' : ' mu';
  if (filter.minAreaMu !== null) chips.push({ key: 'min', label: `≥ ${filter.minAreaMu}${unit}`, without: { ...filter, minAreaMu: null } });
  if (filter.maxAreaMu !== null) chips.push({ key: 'max', label: `≤ ${filter.maxAreaMu}${unit}`, without: { ...filter, maxAreaMu: null } });
  if (filter.overdueOnly) chips.push({ key: 'overdue', label: zh ? '逾期' : 'overdue', without: { ...filter, overdueOnly: false } });
  return chips;
}
