import { hasReached } from '../../src/domain/stages';
import type { StageKey } from '../../src/domain/types';
import { roundTo } from './geometry';
import type { Random } from './random';

export interface Figures {
  signed_mu: number;
  demolished_mu: number;
  reclaimed_mu: number;
  saved_quota_mu: number;
  enterprises_handled: number;
}

type Metric = keyof Figures;
const METRICS: readonly Metric[] = ['signed_mu', 'demolished_mu', 'reclaimed_mu', 'saved_quota_mu', 'enterprises_handled'];

/** Done figures of one township, as PRODUCT.md defines the metrics. */
export function measureFigures(plots: readonly { stage: StageKey; areaMu: number }[]): Figures {
  const figures: Figures = { signed_mu: 0, demolished_mu: 0, reclaimed_mu: 0, saved_quota_mu: 0, enterprises_handled: 0 };
  for (const { stage, areaMu } of plots) {
    if (hasReached(stage, 'signed')) figures.signed_mu += areaMu;
    if (hasReached(stage, 'demolished')) figures.demolished_mu += areaMu;
    if (hasReached(stage, 'reclaimed')) figures.reclaimed_mu += areaMu;
    if (hasReached(stage, 'accepted')) figures.saved_quota_mu += areaMu;
    if (hasReached(stage, 'signed') || stage === 'upgraded') figures.enterprises_handled += 1;
  }
  return figures;
}

/** The published report's targets (完成年度任务160.8%、146.3%、125.3%), plus two of our own. */
const REPORT_TARGETS: Partial<Figures> = { signed_mu: 250.1, demolished_mu: 170.1, saved_quota_mu: 170 };

/** Completion levels handed out to the other townships, from well behind to well ahead. */
const COMPLETION_SPREAD = [1.7, 1.32, 1.12, 1.02, 0.93, 0.81, 0.68, 0.56, 0.45];

/**
 * Annual targets set from what was done, so completion spreads from about 45 % to 170 %.
 * `missing` names a township and metric left without a target.
 */
export function setTargets(
  figures: readonly Figures[],
  reportTownship: number,
  missing: readonly [number, Metric],
  random: Random,
): Partial<Figures>[] {
  const spread = random.shuffle(COMPLETION_SPREAD.slice());
  let other = 0;
  return figures.map((done, township) => {
    const level = township === reportTownship ? 1.15 : (spread[other++] ?? random.between(0.45, 1.7));
    const targets: Partial<Figures> = {};
    for (const metric of METRICS) {
      if (township === missing[0] && metric === missing[1]) continue;
      const fixed = township === reportTownship ? REPORT_TARGETS[metric] : undefined;
      const completion = Math.min(1.7, Math.max(0.45, level * random.between(0.92, 1.08)));
      const value = done[metric] / completion;
      targets[metric] = fixed ?? (metric === 'enterprises_handled' ? Math.max(1, Math.round(value)) : roundTo(Math.max(1, value), 1));
    }
    return targets;
  });
}
