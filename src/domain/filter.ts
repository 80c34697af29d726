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

function containsText(plot: Plot, needle: string): boolean {
  return (
    plot.name.toLowerCase().includes(needle) ||
    plot.id.toLowerCase().includes(needle) ||
    plot.officer.toLowerCase().includes(needle) ||
    plot.village.toLowerCase().includes(needle)
  );
}

/** A predicate with the filter's sets built once, for running over many plots. */
export function compileFilter(filter: PlotFilter, reportingDate: string): (plot: Plot) => boolean {
  const checks: ((plot: Plot) => boolean)[] = [];
  if (filter.stages.length > 0) {
    const stages = new Set(filter.stages);
    checks.push((plot) => stages.has(plot.stage));
  }
  if (filter.industries.length > 0) {
    const industries = new Set(filter.industries);
    checks.push((plot) => industries.has(plot.industry));
  }
  const { township, village, minAreaMu, maxAreaMu } = filter;
  if (township !== null) checks.push((plot) => plot.township === township);
  if (village !== null) checks.push((plot) => plot.village === village);
  if (filter.categories.length > 0) {
    const categories = new Set(filter.categories);
    checks.push((plot) => plot.categories.some((category) => categories.has(category)));
  }
  if (minAreaMu !== null) checks.push((plot) => plot.areaMu >= minAreaMu);
  if (maxAreaMu !== null) checks.push((plot) => plot.areaMu <= maxAreaMu);
  if (filter.overdueOnly) checks.push((plot) => isOverdue(plot, reportingDate));
  const needle = filter.text.trim().toLowerCase();
  if (needle !== '') checks.push((plot) => containsText(plot, needle));

  return (plot) => {
    for (const check of checks) if (!check(plot)) return false;
    return true;
  };
}

export function matchesFilter(plot: Plot, filter: PlotFilter, reportingDate: string): boolean {
  return compileFilter(filter, reportingDate)(plot);
}

/** The plots that pass the filter, in their original order. */
export function filterPlots(plots: readonly Plot[], filter: PlotFilter, reportingDate: string): Plot[] {
  if (!isFilterActive(filter)) return plots.slice();
  return plots.filter(compileFilter(filter, reportingDate));
}
