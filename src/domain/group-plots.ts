import type { Plot } from './types';

/** Plot fields a set of plots can be broken down by. */
export const PLOT_GROUP_KEYS = ['township', 'village', 'industry', 'category', 'stage'] as const;
export type PlotGroupKey = (typeof PLOT_GROUP_KEYS)[number];

/**
 * Plots grouped by one field, groups in order of first appearance. An empty value is grouped
 * under '' (shown as 未填写). A plot with several categories is in each of their groups.
 */
export function groupPlots(plots: readonly Plot[], key: PlotGroupKey): Map<string, Plot[]> {
  const groups = new Map<string, Plot[]>();
  const add = (value: string, plot: Plot) => {
    const group = groups.get(value);
    if (group) group.push(plot);
    else groups.set(value, [plot]);
  };
  for (const plot of plots) {
    if (key !== 'category') {
      add(plot[key], plot);
    } else if (plot.categories.length <= 1) {
      add(plot.categories[0] ?? '', plot);
    } else {
      for (const category of new Set(plot.categories)) add(category, plot);
    }
  }
  return groups;
}
