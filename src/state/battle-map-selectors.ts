import { useMemo } from 'react';
import { buildBattleMapSheet, type BattleMapSheet } from '../domain/battle-map-sheet';
import { rankTownships, type TownshipRank } from '../domain/ranking';
import { countyProgressFrom, progressByTownship, progressOfTownships, type MetricProgressSet } from '../domain/targets';
import { campaignOnAsOfDate } from './as-of';
import { memoizeLast } from './memoize-last';
import { usePlots, useShownFigures, useSummary, useVisiblePlots } from './selectors';
import { useAppStore } from './store';

const NO_TARGETS = {};

function useTargets() {
  return useAppStore((state) => state.data?.campaign.targets ?? NO_TARGETS);
}

/** Every township of the campaign, in the campaign file's order, then those only in the plots. */
export function useTownships(): string[] {
  const plots = usePlots();
  const targets = useTargets();
  return useMemo(() => [...progressByTownship(plots, targets).keys()], [plots, targets]);
}

// Shared by every component that asks, like the filtered plots: one pass per filter change.
const townshipProgressOf = memoizeLast(progressOfTownships);
const rankingOf = memoizeLast(rankTownships);
const countyProgressOf = memoizeLast(countyProgressFrom);

/** Each township's progress against its targets, following the filter. */
export function useTownshipProgress(): Map<string, MetricProgressSet> {
  return townshipProgressOf(useShownFigures().byTownship, useTargets());
}

export function useRanking(): TownshipRank[] {
  return rankingOf(useTownshipProgress());
}

export function useCountyProgress(): MetricProgressSet {
  return countyProgressOf(useSummary().metrics, useTargets());
}

/** The battle map of one township, or null before a campaign is loaded. */
export function useBattleMapSheet(township: string | null): BattleMapSheet | null {
  const campaign = useAppStore(campaignOnAsOfDate);
  const plots = usePlots();
  const visible = useVisiblePlots();
  return useMemo(
    () => (campaign && township !== null ? buildBattleMapSheet(campaign, township, plots, visible) : null),
    [campaign, township, plots, visible],
  );
}
