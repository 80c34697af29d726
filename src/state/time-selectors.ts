import { dayNumber, isoDate } from '../domain/time/day-number';
import { plotTimeline } from '../domain/time/plot-timeline';
import { campaignYearStart, yearElapsed } from '../domain/time/time-proportional';
import { trendSeries, type TrendSeries } from '../domain/time/trend';
import { DEFAULT_WEEK_ENDS_ON, weeklyReport, type WeeklyReport } from '../domain/time/weekly-report';
import { weekEndsBetween } from '../domain/time/week-ends';
import type { Campaign, Plot, Targets } from '../domain/types';
import { asOfDateOf } from './as-of';
import { memoizeLast } from './memoize-last';
import { useAppStore } from './store';

const NO_PLOTS: readonly Plot[] = [];

function useLedger(): { plots: readonly Plot[]; campaign: Campaign | null; asOf: string } {
  const plots = useAppStore((state) => state.data?.plots ?? NO_PLOTS);
  const campaign = useAppStore((state) => state.data?.campaign ?? null);
  const asOf = useAppStore(asOfDateOf);
  return { plots, campaign, asOf };
}

const weeklyOf = memoizeLast((plots: readonly Plot[], campaign: Campaign | null, asOf: string): WeeklyReport | null =>
  campaign === null ? null : weeklyReport(plots, campaign, asOf),
);

/** 本周通报 on the as-of date: over all plots, whatever the filter (targets belong to whole townships). */
export function useWeeklyReport(): WeeklyReport | null {
  const { plots, campaign, asOf } = useLedger();
  return weeklyOf(plots, campaign, asOf);
}

/** A trend chart's figures: cumulative mu by week, the annual targets and the campaign year. */
export interface Trend {
  /** ISO dates of the points: each week's end, then the as-of date. */
  dates: string[];
  series: TrendSeries;
  targets: Targets;
  yearStart: string;
  yearEnd: string;
  asOf: string;
  /** Share of the year elapsed at each date (the time-proportional line is target × this). */
  elapsed: number[];
}

function townshipTargets(campaign: Campaign, township: string | null): Targets {
  if (township !== null) return Object.hasOwn(campaign.targets, township) ? campaign.targets[township] : {};
  const totals: Targets = {};
  for (const targets of Object.values(campaign.targets)) {
    for (const [key, value] of Object.entries(targets) as [keyof Targets, number][]) totals[key] = (totals[key] ?? 0) + value;
  }
  return totals;
}

/** The trend of one township, or of the county for null, from the campaign year's start to `asOf`. */
export function trendOf(plots: readonly Plot[], campaign: Campaign, asOf: string, township: string | null): Trend {
  const yearStart = campaignYearStart(campaign.reportingDate, campaign.yearStart);
  const start = dayNumber(yearStart);
  const days = weekEndsBetween(start, dayNumber(asOf), campaign.weekEndsOn ?? DEFAULT_WEEK_ENDS_ON);
  const dates = days.map(isoDate);
  return {
    dates,
    series: trendSeries(plots, plotTimeline(plots, campaign.reportingDate), township, days),
    targets: townshipTargets(campaign, township),
    yearStart,
    yearEnd: isoDate(dayNumber(`${String(Number(yearStart.slice(0, 4)) + 1)}${yearStart.slice(4)}`) - 1),
    asOf,
    elapsed: dates.map((date) => yearElapsed(date, yearStart)),
  };
}

const trendsOf = memoizeLast((plots: readonly Plot[], campaign: Campaign | null, asOf: string) => {
  const cache = new Map<string | null, Trend>();
  return (township: string | null): Trend | null => {
    if (campaign === null) return null;
    let trend = cache.get(township);
    if (!trend) {
      trend = trendOf(plots, campaign, asOf, township);
      cache.set(township, trend);
    }
    return trend;
  };
});

/** The trend of a township (or the county, for null) up to the as-of date. */
export function useTrend(township: string | null): Trend | null {
  const { plots, campaign, asOf } = useLedger();
  return trendsOf(plots, campaign, asOf)(township);
}

/**
 * The dates playback steps through: each week's end from the week of the first stage date,
 * then `end` (the as-of date it plays up to). Empty before a campaign is loaded.
 */
export function playbackDates(state: { data: { plots: readonly Plot[]; campaign: Campaign } | null }, end: string): string[] {
  if (!state.data) return [];
  const { plots, campaign } = state.data;
  const first = plotTimeline(plots, campaign.reportingDate).firstDay;
  const endDay = dayNumber(end);
  const weekEndsOn = campaign.weekEndsOn ?? DEFAULT_WEEK_ENDS_ON;
  return weekEndsBetween(Math.min(first ?? endDay, endDay), endDay, weekEndsOn).map(isoDate);
}
