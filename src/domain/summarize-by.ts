import { groupValues } from './group-plots';
import type { PlotGroupKey } from './group-plots';
import { SummaryBuilder } from './summarize';
import type { PlotSummary } from './summarize';
import type { Plot } from './types';

/**
 * A summary per township, village, industry, category or stage, in order of first appearance;
 * see `groupValues` for which groups a plot is in. Villages are grouped by name, so pass one
 * township's plots for its village breakdown.
 */
export function summarizeBy(
  plots: readonly Plot[],
  key: PlotGroupKey,
  reportingDate: string,
): Map<string, PlotSummary> {
  const builders = new Map<string, SummaryBuilder>();
  for (const plot of plots) {
    for (const value of groupValues(plot, key)) {
      let builder = builders.get(value);
      if (!builder) {
        builder = new SummaryBuilder(reportingDate);
        builders.set(value, builder);
      }
      builder.add(plot);
    }
  }
  const summaries = new Map<string, PlotSummary>();
  for (const [value, builder] of builders) summaries.set(value, builder.summary());
  return summaries;
}
