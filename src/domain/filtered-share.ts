import { StageCounter, metricsFromStageTallies } from './metrics';
import type { PlotSummary } from './summarize';
import type { MetricKey } from './types';

/**
 * The part of a township's (or the county's) figures that passes the filter: shown beside the
 * completion, which is always measured on all the plots ("其中筛选部分 12.3 亩"). Never ranked.
 */
export interface FilteredShare {
  plotCount: number;
  areaMu: number;
  metrics: Record<MetricKey, number>;
}

/** The share of the plots a counter has counted (the filtered plots of one township). */
export function filteredShareOf(counter: StageCounter | undefined): FilteredShare {
  const tallies = (counter ?? new StageCounter()).tallies();
  let plotCount = 0;
  let areaMu = 0;
  for (const tally of Object.values(tallies)) {
    plotCount += tally.count;
    areaMu += tally.areaMu;
  }
  return { plotCount, areaMu, metrics: metricsFromStageTallies(tallies) };
}

/** Each township's filtered share, for every township of the ranking (an empty share where none passes). */
export function filteredSharesByTownship(
  townships: Iterable<string>,
  shownByTownship: ReadonlyMap<string, StageCounter>,
): Map<string, FilteredShare> {
  const shares = new Map<string, FilteredShare>();
  for (const township of townships) shares.set(township, filteredShareOf(shownByTownship.get(township)));
  return shares;
}

/** The share a summary of the filtered plots stands for (the county's). */
export function shareOfSummary(summary: PlotSummary): FilteredShare {
  return { plotCount: summary.plotCount, areaMu: summary.areaMu, metrics: summary.metrics };
}
