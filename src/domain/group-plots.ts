import type { Plot } from './types';

/** Plot fields a set of plots can be broken down by. */
export const PLOT_GROUP_KEYS = ['township', 'village', 'industry', 'category', 'stage'] as const;
export type PlotGroupKey = (typeof PLOT_GROUP_KEYS)[number];

const NO_CATEGORY: readonly string[] = Object.freeze(['']);

/**
 * The groups a plot belongs to: its one value, '' when empty (shown as 未填写), or for categories
 * each distinct category it has, so that a plot with several categories counts in each.
 */
export function groupValues(plot: Plot, key: PlotGroupKey): readonly string[] {
  if (key !== 'category') return [plot[key]];
  if (plot.categories.length === 0) return NO_CATEGORY;
  if (plot.categories.length === 1) return plot.categories;
  return [...new Set(plot.categories)];
}

/** Plots grouped by one field, groups in order of first appearance, plots in their original order. */
export function groupPlots(plots: readonly Plot[], key: PlotGroupKey): Map<string, Plot[]> {
  const groups = new Map<string, Plot[]>();
  for (const plot of plots) {
    for (const value of groupValues(plot, key)) {
      const group = groups.get(value);
      if (group) group.push(plot);
      else groups.set(value, [plot]);
    }
  }
  return groups;
}
