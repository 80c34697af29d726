import { cumulativeStageTallies, metricsFromStageTallies, tallyPlotsByStage } from './metrics';
import type { StageTally } from './metrics';
import { isOverdue } from './overdue';
import type { MetricKey, Plot, StageKey } from './types';

/** Figures for any set of plots: a township, a village, a drawn outline, a selection. Unrounded. */
export interface PlotSummary {
  plotCount: number;
  areaMu: number;
  /** Plots at exactly each stage. */
  byStage: Record<StageKey, StageTally>;
  /** Plots at each stage or beyond it on the vacate path; `upgraded` counts only itself. */
  reachedStage: Record<StageKey, StageTally>;
  metrics: Record<MetricKey, number>;
  /** Freed-up land (腾退面积): area at `signed` or beyond, the same figure as `metrics.signedMu`. */
  freedUpMu: number;
  /** See `isOverdue`. */
  overdue: StageTally;
}

export function summarizePlots(plots: readonly Plot[], reportingDate: string): PlotSummary {
  const byStage = tallyPlotsByStage(plots);
  const overdue: StageTally = { count: 0, areaMu: 0 };
  let areaMu = 0;
  for (const plot of plots) {
    areaMu += plot.areaMu;
    if (isOverdue(plot, reportingDate)) {
      overdue.count++;
      overdue.areaMu += plot.areaMu;
    }
  }
  const metrics = metricsFromStageTallies(byStage);
  return {
    plotCount: plots.length,
    areaMu,
    byStage,
    reachedStage: cumulativeStageTallies(byStage),
    metrics,
    freedUpMu: metrics.signedMu,
    overdue,
  };
}
