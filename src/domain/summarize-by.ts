import { groupPlots } from './group-plots';
import type { PlotGroupKey } from './group-plots';
import { summarizePlots } from './summarize';
import type { PlotSummary } from './summarize';
import type { Plot } from './types';

/** A summary per township, village, industry, category or stage; see `groupPlots` for the groups. */
export function summarizeBy(
  plots: readonly Plot[],
  key: PlotGroupKey,
  reportingDate: string,
): Map<string, PlotSummary> {
  const summaries = new Map<string, PlotSummary>();
  for (const [value, group] of groupPlots(plots, key)) {
    summaries.set(value, summarizePlots(group, reportingDate));
  }
  return summaries;
}
