import { METRIC_KEYS, type MetricKey } from '../types';

/** 本周新增: what each metric gained between the end of last week and now (negative if it fell back). */
export function weeklyIncrements(now: Readonly<Record<MetricKey, number>>, weekBefore: Readonly<Record<MetricKey, number>>): Record<MetricKey, number> {
  const increments = {} as Record<MetricKey, number>;
  for (const key of METRIC_KEYS) increments[key] = now[key] - weekBefore[key];
  return increments;
}
