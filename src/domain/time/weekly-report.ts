import { completionScore, rankTownships } from '../ranking';
import { countyProgressFrom, progressOfTownships, type MetricProgressSet } from '../targets';
import { metricsFromStageTallies } from '../metrics';
import type { Campaign, MetricKey, Plot } from '../types';
import { dayNumber, isoDate } from './day-number';
import { plotTimeline } from './plot-timeline';
import { rankChanges } from './rank-change';
import { stagesOnDay } from './stages-on-day';
import { campaignYearStart, paceStatus, yearElapsed, type PaceStatus } from './time-proportional';
import { townshipCountersOnDay } from './township-counters-on-day';
import { previousWeekEnd } from './week-ends';
import { weeklyIncrements } from './weekly-increments';

export interface WeeklyRow {
  township: string;
  rank: number | null;
  /** Places risen since the end of last week (negative: fallen); null when unranked then or now. */
  rankChange: number | null;
  score: number | null;
  /** Against 时序进度: the mean completion against the share of the year elapsed. */
  pace: PaceStatus;
  progress: MetricProgressSet;
  /** 本周新增 per metric. */
  increments: Record<MetricKey, number>;
}

/** 本周通报: the ranking on a date with this week's gains and rank changes, and the county line. */
export interface WeeklyReport {
  asOf: string;
  /** The end of last week, which gains and rank changes are counted from. */
  weekBefore: string;
  /** Share of the campaign year elapsed at `asOf`. */
  elapsed: number;
  rows: WeeklyRow[];
  county: Omit<WeeklyRow, 'township' | 'rank' | 'rankChange'>;
}

/** Sunday unless the campaign says otherwise (0 = Sunday … 6 = Saturday). */
export const DEFAULT_WEEK_ENDS_ON = 0;

/**
 * The weekly report on `asOf`, over all the campaign's plots: targets belong to whole townships,
 * so a filter never changes it.
 */
export function weeklyReport(plots: readonly Plot[], campaign: Campaign, asOf: string): WeeklyReport {
  const timeline = plotTimeline(plots, campaign.reportingDate);
  const day = dayNumber(asOf);
  const weekBeforeDay = previousWeekEnd(day, campaign.weekEndsOn ?? DEFAULT_WEEK_ENDS_ON);
  const now = townshipCountersOnDay(plots, stagesOnDay(timeline, day));
  const before = townshipCountersOnDay(plots, stagesOnDay(timeline, weekBeforeDay));
  const progressNow = progressOfTownships(now.byTownship, campaign.targets);
  const progressBefore = progressOfTownships(before.byTownship, campaign.targets);
  const rankingNow = rankTownships(progressNow);
  const changes = rankChanges(rankingNow, rankTownships(progressBefore));
  const elapsed = yearElapsed(asOf, campaignYearStart(campaign.reportingDate, campaign.yearStart));
  const doneOf = (progress: MetricProgressSet) => Object.fromEntries(Object.entries(progress).map(([key, value]) => [key, value.done])) as Record<MetricKey, number>;
  const rows = rankingNow.map(({ township, rank, score }): WeeklyRow => {
    const progress = progressNow.get(township) as MetricProgressSet;
    const previous = progressBefore.get(township) as MetricProgressSet;
    return {
      township,
      rank,
      rankChange: changes.get(township) ?? null,
      score,
      pace: paceStatus(score ?? 0, score === null ? null : 1, elapsed),
      progress,
      increments: weeklyIncrements(doneOf(progress), doneOf(previous)),
    };
  });
  const countyNow = countyProgressFrom(metricsFromStageTallies(now.county.tallies()), campaign.targets);
  const countyBefore = metricsFromStageTallies(before.county.tallies());
  const countyScore = completionScore(countyNow);
  return {
    asOf,
    weekBefore: isoDate(weekBeforeDay),
    elapsed,
    rows,
    county: {
      score: countyScore,
      pace: paceStatus(countyScore ?? 0, countyScore === null ? null : 1, elapsed),
      progress: countyNow,
      increments: weeklyIncrements(doneOf(countyNow), countyBefore),
    },
  };
}
