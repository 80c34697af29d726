import { isOverdue } from './overdue';
import type { Plot, StageKey } from './types';

/**
 * What the user has narrowed the plots down to. Serialisable (it travels in the URL); an empty
 * list, a null or an empty text means "any".
 */
export interface PlotFilter {
  stages: StageKey[];
  industries: string[];
  township: string | null;
  village: string | null;
  /** A plot matches when it has any of these categories. */
  categories: string[];
  /** Inclusive bounds on the measured area. */
  minAreaMu: number | null;
  maxAreaMu: number | null;
  overdueOnly: boolean;
  /** Case-insensitive substring of the plot's name, id, officer or village. */
  text: string;
}

export const EMPTY_FILTER: Readonly<PlotFilter> = Object.freeze({
  stages: [],
  industries: [],
  township: null,
  village: null,
  categories: [],
  minAreaMu: null,
  maxAreaMu: null,
  overdueOnly: false,
  text: '',
});

export function isFilterActive(filter: PlotFilter): boolean {
  return (
    filter.stages.length > 0 ||
    filter.industries.length > 0 ||
    filter.township !== null ||
    filter.village !== null ||
    filter.categories.length > 0 ||
    filter.minAreaMu !== null ||
    filter.maxAreaMu !== null ||
    filter.overdueOnly ||
    filter.text.trim() !== ''
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A predicate with the filter's sets built once, for running over many plots. */
export function compileFilter(filter: PlotFilter, reportingDate: string): (plot: Plot) => boolean {
  const stages = filter.stages.length > 0 ? new Set<string>(filter.stages) : null;
  const industries = filter.industries.length > 0 ? new Set(filter.industries) : null;
  const categories = filter.categories.length > 0 ? new Set(filter.categories) : null;
  const { township, village, minAreaMu, maxAreaMu, overdueOnly } = filter;
  const needle = filter.text.trim();
  // A compiled case-insensitive pattern spares lower-casing every field of every plot.
  const text = needle === '' ? null : new RegExp(escapeRegExp(needle), 'iu');

  return (plot) => {
    if (stages !== null && !stages.has(plot.stage)) return false;
    if (industries !== null && !industries.has(plot.industry)) return false;
    if (township !== null && plot.township !== township) return false;
    if (village !== null && plot.village !== village) return false;
    if (minAreaMu !== null && !(plot.areaMu >= minAreaMu)) return false;
    if (maxAreaMu !== null && !(plot.areaMu <= maxAreaMu)) return false;
    if (categories !== null && !hasAnyCategory(plot, categories)) return false;
    if (overdueOnly && !isOverdue(plot, reportingDate)) return false;
    if (text !== null && !(text.test(plot.name) || text.test(plot.id) || text.test(plot.officer) || text.test(plot.village))) {
      return false;
    }
    return true;
  };
}

function hasAnyCategory(plot: Plot, categories: ReadonlySet<string>): boolean {
  for (const category of plot.categories) if (categories.has(category)) return true;
  return false;
}

export function matchesFilter(plot: Plot, filter: PlotFilter, reportingDate: string): boolean {
  return compileFilter(filter, reportingDate)(plot);
}

/** The plots that pass the filter, in their original order. */
export function filterPlots(plots: readonly Plot[], filter: PlotFilter, reportingDate: string): Plot[] {
  if (!isFilterActive(filter)) return plots.slice();
  return plots.filter(compileFilter(filter, reportingDate));
}
