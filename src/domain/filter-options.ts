import { compileFilter, type PlotFilter } from './filter';
import type { Plot, StageKey } from './types';

/** One choice in a filter list, with how many plots choosing it would show. */
export interface FilterOption {
  /** '' is a plot with the field left empty (shown as 未填写). */
  value: string;
  count: number;
}

export interface FilterOptions {
  stages: Map<StageKey, number>;
  industries: FilterOption[];
  townships: FilterOption[];
  /** Villages of the chosen township, or of every township when none is chosen. */
  villages: FilterOption[];
  categories: FilterOption[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function options(counts: Map<string, number>, selected: readonly string[]): FilterOption[] {
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (a.value === '' ? 1 : b.value === '' ? -1 : collator.compare(a.value, b.value)));
}

function bump<K>(counts: Map<K, number>, key: K, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/**
 * Every value each list can offer, counted the way a shop's facets are: the count beside an
 * industry is the number of plots that would show if it were ticked, given everything else
 * in the filter. Lists never lose a value a plot has, so ticking one never makes others vanish.
 * One pass over the plots.
 */
export function filterOptions(plots: readonly Plot[], filter: PlotFilter, reportingDate: string): FilterOptions {
  const rest = compileFilter({ ...filter, stages: [], industries: [], township: null, village: null, categories: [] }, reportingDate);
  const stages = new Set(filter.stages);
  const industries = new Set(filter.industries);
  const categories = new Set(filter.categories);
  const stageCounts = new Map<StageKey, number>();
  const industryCounts = new Map<string, number>();
  const townshipCounts = new Map<string, number>();
  const villageCounts = new Map<string, number>();
  const categoryCounts = new Map<string, number>();

  for (const plot of plots) {
    const passes = rest(plot) ? 1 : 0;
    const stage = stages.size === 0 || stages.has(plot.stage);
    const industry = industries.size === 0 || industries.has(plot.industry);
    const township = filter.township === null || plot.township === filter.township;
    const village = filter.village === null || plot.village === filter.village;
    const category = categories.size === 0 || plot.categories.some((value) => categories.has(value));
    bump(stageCounts, plot.stage, passes && industry && township && village && category ? 1 : 0);
    bump(industryCounts, plot.industry, passes && stage && township && village && category ? 1 : 0);
    bump(townshipCounts, plot.township, passes && stage && industry && category ? 1 : 0);
    if (township) bump(villageCounts, plot.village, passes && stage && industry && category ? 1 : 0);
    const categoryCount = passes && stage && industry && township && village ? 1 : 0;
    for (const value of new Set(plot.categories)) bump(categoryCounts, value, categoryCount);
  }
  return {
    stages: stageCounts,
    industries: options(industryCounts, filter.industries),
    townships: options(townshipCounts, filter.township === null ? [] : [filter.township]),
    villages: options(villageCounts, filter.village === null ? [] : [filter.village]),
    categories: options(categoryCounts, filter.categories),
  };
}
