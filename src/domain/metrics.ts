import { hasReached } from './stages';
import { STAGE_KEYS } from './types';
import type { MetricKey, Plot, StageKey } from './types';

export interface StageTally {
  count: number;
  areaMu: number;
}

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  labelEn: string;
  unit: 'mu' | 'enterprises';
}

/** What each target measures (PRODUCT.md "Metrics"); all cumulative along the vacate path. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  { key: 'signedMu', label: '签约腾退面积', labelEn: 'Signed (vacated) area', unit: 'mu' },
  { key: 'demolishedMu', label: '拆除面积', labelEn: 'Demolished area', unit: 'mu' },
  { key: 'reclaimedMu', label: '复垦复绿面积', labelEn: 'Reclaimed area', unit: 'mu' },
  { key: 'savedQuotaMu', label: '节余指标', labelEn: 'Saved land quota', unit: 'mu' },
  { key: 'enterprisesHandled', label: '整治企业', labelEn: 'Enterprises handled', unit: 'enterprises' },
];

export const STAGE_INDEX: Readonly<Record<StageKey, number>> = Object.fromEntries(
  STAGE_KEYS.map((key, index) => [key, index]),
) as Record<StageKey, number>;

export function emptyStageTallies(): Record<StageKey, StageTally> {
  const tallies = {} as Record<StageKey, StageTally>;
  for (const key of STAGE_KEYS) tallies[key] = { count: 0, areaMu: 0 };
  return tallies;
}

/** Running count and unrounded mu at exactly each stage, for adding plots one at a time. */
export class StageCounter {
  private readonly counts = new Array<number>(STAGE_KEYS.length).fill(0);
  private readonly areas = new Array<number>(STAGE_KEYS.length).fill(0);

  add(plot: Plot): void {
    this.addAt(STAGE_INDEX[plot.stage], plot.areaMu);
  }

  /**
   * A counter holding `counts[offset + stage]` plots and `areas[offset + stage]` mu at each
   * stage: totals added up elsewhere (in typed arrays, many counters at once).
   */
  static fromTotals(counts: ArrayLike<number>, areas: ArrayLike<number>, offset: number): StageCounter {
    const counter = new StageCounter();
    for (let stage = 0; stage < STAGE_KEYS.length; stage++) {
      counter.counts[stage] = counts[offset + stage];
      counter.areas[stage] = areas[offset + stage];
    }
    return counter;
  }

  /** Adds a plot given its stage's position in STAGE_KEYS and its area. */
  addAt(stage: number, areaMu: number): void {
    this.counts[stage]++;
    this.areas[stage] += areaMu;
  }

  tallies(): Record<StageKey, StageTally> {
    const tallies = {} as Record<StageKey, StageTally>;
    STAGE_KEYS.forEach((key, index) => {
      tallies[key] = { count: this.counts[index], areaMu: this.areas[index] };
    });
    return tallies;
  }
}

/** Plots and unrounded mu at exactly each stage. */
export function tallyPlotsByStage(plots: readonly Plot[]): Record<StageKey, StageTally> {
  const counter = new StageCounter();
  for (const plot of plots) counter.add(plot);
  return counter.tallies();
}

/**
 * Plots that have reached each stage or gone beyond it on the vacate path: "signed" includes
 * demolished, reclaimed and accepted. `upgraded` is off the path and counts only itself.
 */
export function cumulativeStageTallies(
  byStage: Readonly<Record<StageKey, StageTally>>,
): Record<StageKey, StageTally> {
  const cumulative = emptyStageTallies();
  for (const milestone of STAGE_KEYS) {
    for (const stage of STAGE_KEYS) {
      if (!hasReached(stage, milestone)) continue;
      cumulative[milestone].count += byStage[stage].count;
      cumulative[milestone].areaMu += byStage[stage].areaMu;
    }
  }
  return cumulative;
}

export function metricsFromStageTallies(
  byStage: Readonly<Record<StageKey, StageTally>>,
): Record<MetricKey, number> {
  const reached = cumulativeStageTallies(byStage);
  return {
    signedMu: reached.signed.areaMu,
    demolishedMu: reached.demolished.areaMu,
    reclaimedMu: reached.reclaimed.areaMu,
    savedQuotaMu: reached.accepted.areaMu,
    enterprisesHandled: reached.signed.count + byStage.upgraded.count,
  };
}

/** The five target metrics done by a set of plots. */
export function measureMetrics(plots: readonly Plot[]): Record<MetricKey, number> {
  return metricsFromStageTallies(tallyPlotsByStage(plots));
}
