import type { StageKey } from '../../src/domain/types';
import type { Random } from './random';

/** What one plot is to be before it is placed: stage and planned area. */
export interface PlotSpec {
  township: number;
  stage: StageKey;
  areaMu: number;
  /** The area must be hit to the hundredth, because it adds up to a published figure. */
  exact: boolean;
  /** An individual workshop (个体户) rather than a company. */
  workshop: boolean;
}

/** The township whose figures reproduce a published report (签约腾退402.2亩, 拆除248.8亩, 节余指标213亩). */
export const REPORT_TOWNSHIP = 0;
export const REPORT_FIGURES = { signedPlots: 30, signedMu: 402.2, demolishedMu: 248.8, acceptedMu: 213.0 };

/** Plots per township, summing to `plotCount`; the report township gets a fixed share. */
export function planTownshipCounts(plotCount: number, townshipCount: number, random: Random): number[] {
  const reportCount = Math.max(60, Math.round(plotCount * 0.065));
  const weights = Array.from({ length: townshipCount - 1 }, () => random.between(0.75, 1.25));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const rest = plotCount - reportCount;
  const exact = weights.map((weight) => (rest * weight) / total);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - Math.floor(value), index]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const shortfall = rest - counts.reduce((sum, count) => sum + count, 0);
  for (let k = 0; k < shortfall; k++) counts[order[k][1]]++;
  return [reportCount, ...counts];
}

/** Splits a total given in hundredths into `count` parts of at least `minimum` hundredths. */
function splitHundredths(total: number, count: number, minimum: number, random: Random): number[] {
  const weights = Array.from({ length: count }, () => random.between(0.4, 1.6));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => minimum + Math.floor(((total - minimum * count) * weight) / sum));
  parts[0] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function plannedArea(random: Random, workshop: boolean): number {
  let area: number;
  if (workshop) area = Math.min(14, Math.max(2.5, random.logNormal(5.5, 0.45)));
  else if (random.chance(0.035)) area = 60 * Math.pow(200 / 60, random.next());
  else area = Math.min(60, Math.max(3, random.logNormal(14, 0.7)));
  return Math.round(area * 100) / 100;
}

const BASE_WEIGHTS: readonly (readonly [StageKey, number])[] = [
  ['listed', 0.13],
  ['negotiating', 0.17],
  ['signed', 0.13],
  ['demolished', 0.11],
  ['reclaimed', 0.09],
  ['accepted', 0.19],
  ['upgraded', 0.18],
];

/** Stage weights tilted towards the later stages as `progress` goes from 0 to 1. */
function stageWeights(progress: number): [StageKey, number][] {
  return BASE_WEIGHTS.map(([stage, weight], order) => {
    const tilt = stage === 'upgraded' ? 1 : 1 + (progress - 0.5) * (order - 2.5) * 0.5;
    return [stage, weight * Math.max(0.2, tilt)];
  });
}

function reportTownshipSpecs(count: number, random: Random): PlotSpec[] {
  const toSpec = (stage: StageKey, hundredths: number): PlotSpec => ({
    township: REPORT_TOWNSHIP,
    stage,
    areaMu: hundredths / 100,
    exact: true,
    workshop: false,
  });
  const accepted = splitHundredths(21300, 16, 600, random).map((part) => toSpec('accepted', part));
  const between = splitHundredths(24880 - 21300, 4, 500, random);
  const demolished = between.map((part, index) => toSpec(index < 2 ? 'reclaimed' : 'demolished', part));
  const signed = splitHundredths(40220 - 24880, 10, 600, random).map((part) => toSpec('signed', part));
  const others: PlotSpec[] = [];
  for (let index = 0; index < count - REPORT_FIGURES.signedPlots; index++) {
    const stage = random.weighted([['listed', 0.35], ['negotiating', 0.4], ['upgraded', 0.25]] as const);
    const workshop = random.chance(0.3);
    others.push({ township: REPORT_TOWNSHIP, stage, areaMu: plannedArea(random, workshop), exact: false, workshop });
  }
  return [...accepted, ...demolished, ...signed, ...others];
}

/** Stage and planned area of each plot of one township, in the order they are laid out. */
export function planSpecs(township: number, count: number, progress: number, random: Random): PlotSpec[] {
  let specs: PlotSpec[];
  if (township === REPORT_TOWNSHIP) {
    specs = reportTownshipSpecs(count, random);
  } else {
    const weights = stageWeights(progress);
    specs = Array.from({ length: count }, (_, index) => {
      const stage = index < weights.length ? weights[index][0] : random.weighted(weights);
      const workshop = random.chance(0.3);
      return { township, stage, areaMu: plannedArea(random, workshop), exact: false, workshop };
    });
  }
  return random.shuffle(specs);
}
