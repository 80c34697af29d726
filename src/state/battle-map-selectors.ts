import { useMemo } from 'react';
import { buildBattleMapSheet, type BattleMapSheet } from '../domain/battle-map-sheet';
import { isFilterActive } from '../domain/filter';
import { filteredSharesByTownship, shareOfSummary, type FilteredShare } from '../domain/filtered-share';
import { metricsFromStageTallies } from '../domain/metrics';
import { facetIndexOf } from '../domain/plot-facets';
import { rankTownships, type TownshipRank } from '../domain/ranking';
import { countyProgressFrom, progressOfTownships, type MetricProgressSet } from '../domain/targets';
import type { Plot, Targets } from '../domain/types';
import type { TownshipCounters } from '../domain/time/township-counters-on-day';
import { campaignOnAsOfDate, townshipCountersOnAsOfDate } from './as-of';
import { memoizeLast } from './memoize-last';
import { useLedgerPlots, usePlots, useShownFigures, useVisiblePlots } from './selectors';
import { useAppStore } from './store';

const NO_TARGETS = {};

function useTargets() {
  return useAppStore((state) => state.data?.campaign.targets ?? NO_TARGETS);
}

const townshipsOf = memoizeLast((plots: readonly Plot[], targets: Readonly<Record<string, Targets>>): string[] => {
  const townships = Object.keys(targets);
  const named = new Set(townships);
  for (const township of facetIndexOf(plots).townships.values) if (!named.has(township)) townships.push(township);
  return townships;
});

/**
 * Every township of the campaign, in the campaign file's order, then those only in the plots
 * (in the order their first plot comes): the townships of `progressByTownship`, which do not
 * change with the as-of date.
 */
export function useTownships(): string[] {
  return townshipsOf(useLedgerPlots(), useTargets());
}

// Shared by every component that asks. Targets belong to all plots, so progress and ranking
// depend on the plots only and a filter change does not recompute them.
const townshipProgressOf = memoizeLast((counters: TownshipCounters, targets: Readonly<Record<string, Targets>>) => progressOfTownships(counters.byTownship, targets));
const rankingOf = memoizeLast(rankTownships);
const countyMetricsOf = memoizeLast((counters: TownshipCounters) => metricsFromStageTallies(counters.county.tallies()));
const countyProgressOf = memoizeLast(countyProgressFrom);
const sharesOf = memoizeLast((progress: Map<string, MetricProgressSet>, shown: ReturnType<typeof useShownFigures>['byTownship']) =>
  filteredSharesByTownship(progress.keys(), shown),
);
const countyShareOf = memoizeLast(shareOfSummary);

function useTownshipCounters(): TownshipCounters {
  return useAppStore(townshipCountersOnAsOfDate);
}

/**
 * Each township's progress against its targets, measured on all its plots whatever the filter,
 * at their stage on the as-of date: the same figures as `progressByTownship` over the plots then.
 */
export function useTownshipProgress(): Map<string, MetricProgressSet> {
  return townshipProgressOf(useTownshipCounters(), useTargets());
}

/** Townships ranked on all their plots: a filter never re-ranks them. */
export function useRanking(): TownshipRank[] {
  return rankingOf(useTownshipProgress());
}

/** County progress on all plots, whatever the filter. */
export function useCountyProgress(): MetricProgressSet {
  return countyProgressOf(countyMetricsOf(useTownshipCounters()), useTargets());
}

function useFilterActive(): boolean {
  return useAppStore((state) => isFilterActive(state.filter));
}

/** What of each township the filter shows, or null with no filter. */
export function useTownshipShares(): Map<string, FilteredShare> | null {
  const active = useFilterActive();
  const progress = useTownshipProgress();
  const shown = useShownFigures().byTownship;
  return active ? sharesOf(progress, shown) : null;
}

/** What of the county the filter shows, or null with no filter. */
export function useCountyShare(): FilteredShare | null {
  const active = useFilterActive();
  const summary = useShownFigures().summary;
  return active ? countyShareOf(summary) : null;
}

/** The battle map of one township, or null before a campaign is loaded. */
export function useBattleMapSheet(township: string | null): BattleMapSheet | null {
  const campaign = useAppStore(campaignOnAsOfDate);
  const plots = usePlots(township !== null);
  const visible = useVisiblePlots(township !== null);
  return useMemo(
    () => (campaign && township !== null ? buildBattleMapSheet(campaign, township, plots, visible) : null),
    [campaign, township, plots, visible],
  );
}
