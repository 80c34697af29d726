import { STAGE_INDEX, StageCounter, cumulativeStageTallies, metricsFromStageTallies } from './metrics';
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

/** Builds a summary one plot at a time, so that many summaries can be filled in one pass. */
export class SummaryBuilder {
  private readonly stages = new StageCounter();
  private plotCount = 0;
  private areaMu = 0;
  private overdueCount = 0;
  private overdueAreaMu = 0;

  constructor(private readonly reportingDate: string) {}

  add(plot: Plot): void {
    this.addAt(STAGE_INDEX[plot.stage], plot.areaMu, isOverdue(plot, this.reportingDate));
  }

  /** Adds a plot given its stage's position in STAGE_KEYS, its area and whether it is overdue. */
  addAt(stage: number, areaMu: number, overdue: boolean): void {
    this.stages.addAt(stage, areaMu);
    this.plotCount++;
    this.areaMu += areaMu;
    if (overdue) {
      this.overdueCount++;
      this.overdueAreaMu += areaMu;
    }
  }

  summary(): PlotSummary {
    const byStage = this.stages.tallies();
    const metrics = metricsFromStageTallies(byStage);
    return {
      plotCount: this.plotCount,
      areaMu: this.areaMu,
      byStage,
      reachedStage: cumulativeStageTallies(byStage),
      metrics,
      freedUpMu: metrics.signedMu,
      overdue: { count: this.overdueCount, areaMu: this.overdueAreaMu },
    };
  }
}

export function summarizePlots(plots: readonly Plot[], reportingDate: string): PlotSummary {
  const builder = new SummaryBuilder(reportingDate);
  for (const plot of plots) builder.add(plot);
  return builder.summary();
}
