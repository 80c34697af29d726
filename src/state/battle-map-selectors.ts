import { useMemo } from 'react';
import { buildBattleMapSheet, type BattleMapSheet } from '../domain/battle-map-sheet';
import { rankTownships, type TownshipRank } from '../domain/ranking';
import { countyProgress, progressByTownship, type MetricProgressSet } from '../domain/targets';
import { usePlots, useVisiblePlots } from './selectors';
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

/** Each township's progress against its targets, following the filter. */
export function useTownshipProgress(): Map<string, MetricProgressSet> {
  const plots = useVisiblePlots();
  const targets = useTargets();
  return useMemo(() => progressByTownship(plots, targets), [plots, targets]);
}

export function useRanking(): TownshipRank[] {
  const progress = useTownshipProgress();
  return useMemo(() => rankTownships(progress), [progress]);
}

export function useCountyProgress(): MetricProgressSet {
  const plots = useVisiblePlots();
  const targets = useTargets();
  return useMemo(() => countyProgress(plots, targets), [plots, targets]);
}

/** The battle map of one township, or null before a campaign is loaded. */
export function useBattleMapSheet(township: string | null): BattleMapSheet | null {
  const campaign = useAppStore((state) => state.data?.campaign ?? null);
  const plots = usePlots();
  const visible = useVisiblePlots();
  return useMemo(
    () => (campaign && township !== null ? buildBattleMapSheet(campaign, township, plots, visible) : null),
    [campaign, township, plots, visible],
  );
}
