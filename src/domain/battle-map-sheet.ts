import { filteredShareOf, type FilteredShare } from './filtered-share';
import { emptyStageTallies, metricsFromStageTallies, StageCounter, tallyPlotsByStage, type StageTally } from './metrics';
import { isOverdue } from './overdue';
import { numberPlots } from './plot-numbers';
import { summarizePlots, type PlotSummary } from './summarize';
import { progressAgainstTargets, type MetricProgressSet } from './targets';
import type { Campaign, Plot, StageKey } from './types';

/** One row of the battle map's ledger table (台账). */
export interface LedgerRow {
  /** The plot's number on the map, which is also its 序号. */
  number: number;
  plot: Plot;
  overdue: boolean;
}

/** A village's plots and mu per stage. */
export interface VillageBreakdown {
  village: string;
  byStage: Record<StageKey, StageTally>;
  total: StageTally;
}

/**
 * Everything a township's battle map shows, computed once: the screen, the printed page and
 * the poster are all drawn from it, so their figures cannot disagree.
 */
export interface BattleMapSheet {
  township: string;
  campaign: Campaign;
  /** Legend figures: plots and mu per stage. */
  summary: PlotSummary;
  /** Measured on all the township's plots, whatever the filter: targets are set for all of them. */
  progress: MetricProgressSet;
  /** What of it the filter shows, or null when every plot is shown. */
  filteredShare: FilteredShare | null;
  /** In number order, which is village then plot id. */
  rows: LedgerRow[];
  villages: VillageBreakdown[];
}

/**
 * `plots` are all plots of the campaign, which fix each plot's number; `visible` are those that
 * pass the filter, which the figures, table and breakdown follow.
 */
export function buildBattleMapSheet(
  campaign: Campaign,
  township: string,
  plots: readonly Plot[],
  visible: readonly Plot[],
): BattleMapSheet {
  const shown = new Set(visible);
  const rows: LedgerRow[] = [];
  const all = new StageCounter();
  const filtered = new StageCounter();
  for (const { number, plot } of numberPlots(plots.filter((plot) => plot.township === township))) {
    all.add(plot);
    if (!shown.has(plot)) continue;
    filtered.add(plot);
    rows.push({ number, plot, overdue: isOverdue(plot, campaign.reportingDate) });
  }
  const shownPlots = rows.map((row) => row.plot);
  const summary = summarizePlots(shownPlots, campaign.reportingDate);
  const targets = Object.hasOwn(campaign.targets, township) ? campaign.targets[township] : undefined;
  return {
    township,
    campaign,
    summary,
    progress: progressAgainstTargets(metricsFromStageTallies(all.tallies()), targets),
    filteredShare: visible.length < plots.length ? filteredShareOf(filtered) : null,
    rows,
    villages: breakdownByVillage(shownPlots),
  };
}

/** Villages in the order their first plot is numbered. */
function breakdownByVillage(plots: readonly Plot[]): VillageBreakdown[] {
  const groups = new Map<string, Plot[]>();
  for (const plot of plots) {
    const group = groups.get(plot.village);
    if (group) group.push(plot);
    else groups.set(plot.village, [plot]);
  }
  return [...groups].map(([village, group]) => {
    const byStage = group.length > 0 ? tallyPlotsByStage(group) : emptyStageTallies();
    const total = { count: group.length, areaMu: group.reduce((sum, plot) => sum + plot.areaMu, 0) };
    return { village, byStage, total };
  });
}

/** "史桥镇退散进集攻坚行动作战图" / "Shiqiao Town — Campaign battle map". */
export function battleMapTitle(township: string, campaign: Campaign, language: 'zh' | 'en'): string {
  if (language === 'zh') return `${township}${campaign.name}作战图`;
  return `${township} — ${campaign.nameEn || campaign.name} battle map`;
}
