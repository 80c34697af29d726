import { facetIndexOf } from '../plot-facets';
import { STAGE_INDEX } from '../metrics';
import { STAGE_KEYS, type Plot } from '../types';
import type { PlotTimeline } from './plot-timeline';

/** The cumulative metrics a trend draws, each by the milestone stage it counts from. */
export const TREND_METRICS = [
  { key: 'signedMu', stage: STAGE_INDEX.signed },
  { key: 'demolishedMu', stage: STAGE_INDEX.demolished },
  { key: 'reclaimedMu', stage: STAGE_INDEX.reclaimed },
] as const;

export type TrendMetric = (typeof TREND_METRICS)[number]['key'];

/** Cumulative mu reached by each day of `days` (ascending), per metric. */
export type TrendSeries = Record<TrendMetric, number[]>;

function firstAtOrAfter(days: readonly number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle] < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Cumulative signed, demolished and reclaimed mu of one township (or the county, for null) at
 * each of `days`: a plot counts from the day it reached the milestone (see `stageReachDays`).
 */
export function trendSeries(plots: readonly Plot[], timeline: PlotTimeline, township: string | null, days: readonly number[]): TrendSeries {
  const index = facetIndexOf(plots);
  const wanted = township === null ? -1 : index.townships.values.indexOf(township);
  const series = {} as TrendSeries;
  for (const { key } of TREND_METRICS) series[key] = new Array<number>(days.length).fill(0);
  if (township !== null && wanted === -1) return series;
  const stageCount = STAGE_KEYS.length;
  for (let position = 0; position < plots.length; position++) {
    if (wanted !== -1 && index.township[position] !== wanted) continue;
    for (const { key, stage } of TREND_METRICS) {
      const at = firstAtOrAfter(days, timeline.reach[position * stageCount + stage]);
      if (at < days.length) series[key][at] += plots[position].areaMu;
    }
  }
  for (const { key } of TREND_METRICS) {
    const values = series[key];
    for (let at = 1; at < values.length; at++) values[at] += values[at - 1];
  }
  return series;
}
