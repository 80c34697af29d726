import { dayNumber } from '../../domain/time/day-number';
import { TREND_METRICS, type TrendMetric } from '../../domain/time/trend';
import type { Trend } from '../../state/time-selectors';

/** Colours of the trend lines: the stage colours of the milestones they count (Okabe–Ito). */
export const TREND_COLORS: Readonly<Record<TrendMetric, string>> = {
  signedMu: '#e69f00',
  demolishedMu: '#d55e00',
  reclaimedMu: '#009e73',
};

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TrendLine {
  metric: TrendMetric;
  /** Cumulative mu by week: [x, y] in the chart's pixels. */
  done: [number, number][];
  /** The annual target, across the year (null: no target). */
  target: [number, number][] | null;
  /** 时序进度: from 0 at the year's start to the target at its end (null: no target). */
  pace: [number, number][] | null;
  lastValue: number;
  targetValue: number | null;
}

export interface TrendChartLayout {
  lines: TrendLine[];
  /** Month starts along the x axis. */
  months: { x: number; month: number }[];
  /** Gridlines in mu along the y axis. */
  ticks: { y: number; value: number }[];
  /** Where the as-of date is. */
  asOfX: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
}

/** A round step for about `count` gridlines up to `max`. */
function niceStep(max: number, count: number): number {
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/**
 * Where everything of a trend chart goes in a box of pixels: the year along x, mu up y, one
 * line per metric done by week, its target and its time-proportional line. A pure function,
 * so the screen (SVG) and the poster (canvas) draw the same chart.
 */
export function trendChartLayout(trend: Trend, box: ChartBox): TrendChartLayout {
  const start = dayNumber(trend.yearStart);
  const end = dayNumber(trend.yearEnd) + 1;
  const x0 = box.left;
  const x1 = box.width - box.right;
  const y0 = box.height - box.bottom;
  const y1 = box.top;
  const values = TREND_METRICS.flatMap(({ key }) => [...trend.series[key], trend.targets[key] ?? 0]);
  const step = niceStep(Math.max(1, ...values), 4);
  const top = Math.max(step, Math.ceil(Math.max(1, ...values) / step) * step);
  const x = (day: number) => x0 + ((day - start) / (end - start)) * (x1 - x0);
  const y = (value: number) => y0 - (value / top) * (y0 - y1);
  const days = trend.dates.map(dayNumber);
  const lines = TREND_METRICS.map(({ key }): TrendLine => {
    const target = trend.targets[key];
    const hasTarget = target !== undefined && target > 0;
    return {
      metric: key,
      done: days.map((day, at) => [x(day + 1), y(trend.series[key][at])]),
      target: hasTarget ? [[x0, y(target)], [x1, y(target)]] : null,
      pace: hasTarget ? [[x0, y0], [x1, y(target)]] : null,
      lastValue: trend.series[key].at(-1) ?? 0,
      targetValue: hasTarget ? target : null,
    };
  });
  const months: { x: number; month: number }[] = [];
  const year = Number(trend.yearStart.slice(0, 4));
  const firstMonth = Number(trend.yearStart.slice(5, 7));
  for (let offset = 0; offset < 12; offset++) {
    const month = ((firstMonth - 1 + offset) % 12) + 1;
    const monthYear = year + Math.floor((firstMonth - 1 + offset) / 12);
    const day = dayNumber(`${monthYear}-${String(month).padStart(2, '0')}-01`);
    if (day >= start && day < end) months.push({ x: x(day), month });
  }
  const ticks: { y: number; value: number }[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push({ y: y(value), value });
  return { lines, months, ticks, asOfX: x(dayNumber(trend.asOf) + 1), plot: { x0, x1, y0, y1 } };
}
