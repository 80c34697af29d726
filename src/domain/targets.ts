import { StageCounter, measureMetrics, metricsFromStageTallies } from './metrics';
import { METRIC_KEYS } from './types';
import type { MetricKey, Plot, Targets } from './types';

/** Done against target for one metric. */
export interface MetricProgress {
  /** Null when there is no target; a target of 0 counts as none. */
  target: number | null;
  done: number;
  /** done / target, unrounded and uncapped; null when there is no target (shown 无目标, never 0 % or ∞). */
  completion: number | null;
}

export type MetricProgressSet = Record<MetricKey, MetricProgress>;

function progress(done: number, target: number | undefined): MetricProgress {
  if (target === undefined || !(target > 0)) return { target: null, done, completion: null };
  return { target, done, completion: done / target };
}

export function progressAgainstTargets(
  done: Readonly<Record<MetricKey, number>>,
  targets: Readonly<Targets> | undefined,
): MetricProgressSet {
  const result = {} as MetricProgressSet;
  for (const key of METRIC_KEYS) result[key] = progress(done[key], targets?.[key]);
  return result;
}

function targetsOf(targets: Readonly<Record<string, Targets>>, township: string): Targets | undefined {
  return Object.hasOwn(targets, township) ? targets[township] : undefined;
}

/**
 * Progress of every township: those with targets in the order the campaign file lists them
 * (with nothing done if they have no plots), then townships that only appear in the plots.
 */
export function progressByTownship(
  plots: readonly Plot[],
  targets: Readonly<Record<string, Targets>>,
): Map<string, MetricProgressSet> {
  const counters = new Map<string, StageCounter>();
  for (const plot of plots) {
    let counter = counters.get(plot.township);
    if (!counter) {
      counter = new StageCounter();
      counters.set(plot.township, counter);
    }
    counter.add(plot);
  }
  return progressOfTownships(counters, targets);
}

/** Each township's progress from its plots counted per stage (townships in the order first met). */
export function progressOfTownships(
  counters: ReadonlyMap<string, StageCounter>,
  targets: Readonly<Record<string, Targets>>,
): Map<string, MetricProgressSet> {
  const result = new Map<string, MetricProgressSet>();
  const add = (township: string, counter: StageCounter) => {
    const done = metricsFromStageTallies(counter.tallies());
    result.set(township, progressAgainstTargets(done, targetsOf(targets, township)));
  };
  for (const township of Object.keys(targets)) add(township, counters.get(township) ?? new StageCounter());
  for (const [township, counter] of counters) if (!result.has(township)) add(township, counter);
  return result;
}

/**
 * County progress: each metric's target is the sum of the township targets set on it, and
 * done counts all plots, including those of townships without a target.
 */
export function countyProgress(
  plots: readonly Plot[],
  targets: Readonly<Record<string, Targets>>,
): MetricProgressSet {
  return countyProgressFrom(measureMetrics(plots), targets);
}

/** County progress from the metrics its plots have done (a summary's `metrics`). */
export function countyProgressFrom(
  done: Readonly<Record<MetricKey, number>>,
  targets: Readonly<Record<string, Targets>>,
): MetricProgressSet {
  const totals: Targets = {};
  for (const townshipTargets of Object.values(targets)) {
    for (const key of METRIC_KEYS) {
      const target = townshipTargets[key];
      if (target !== undefined) totals[key] = (totals[key] ?? 0) + target;
    }
  }
  return progressAgainstTargets(done, totals);
}
