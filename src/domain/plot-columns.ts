import { STAGE_INDEX } from './metrics';
import { dayNumber } from './time/day-number';
import type { Plot } from './types';

/**
 * What filters and sums read beyond the numbered fields (stage, township: see plot-facets),
 * read once per list of plots into typed arrays in file order. Nothing here depends on the
 * stage or the date, so the same columns serve every as-of date.
 */
export interface PlotColumns {
  index: Int32Array;
  areaMu: Float64Array;
  /** The deadline's day number (see `dayNumber`), or Infinity for none. */
  deadlineDay: Float64Array;
}

const ACCEPTED = STAGE_INDEX.accepted;
const UPGRADED = STAGE_INDEX.upgraded;

function deadlineDayOf(plot: Plot): number {
  return plot.deadline === null || plot.deadline === '' ? Infinity : dayNumber(plot.deadline);
}

const columnsByPlots = new WeakMap<readonly Plot[], PlotColumns>();

export function plotColumnsOf(plots: readonly Plot[]): PlotColumns {
  const cached = columnsByPlots.get(plots);
  if (cached) return cached;
  const columns: PlotColumns = {
    index: Int32Array.from(plots, (plot) => plot.index),
    areaMu: Float64Array.from(plots, (plot) => plot.areaMu),
    deadlineDay: Float64Array.from(plots, deadlineDayOf),
  };
  columnsByPlots.set(plots, columns);
  return columns;
}

/**
 * `isOverdue` for the plot at `position` at `stage` (its position in STAGE_KEYS) on the day
 * `reportingDay`: a deadline before that day, and neither accepted nor upgraded.
 */
export function isOverdueAt(columns: PlotColumns, position: number, stage: number, reportingDay: number): boolean {
  return columns.deadlineDay[position] < reportingDay && stage !== ACCEPTED && stage !== UPGRADED;
}

/**
 * Gives `next` (the plots of `previous` with the plots at `changed` positions edited) the
 * columns of `previous`, with the edited plots' deadlines read again: an edit need not read
 * 100,000 deadlines. Areas and indexes do not change with an edit.
 */
export function carryPlotColumns(previous: readonly Plot[], next: readonly Plot[], changed: readonly number[]): void {
  const cached = columnsByPlots.get(previous);
  if (!cached || columnsByPlots.has(next) || previous.length !== next.length) return;
  const deadlineDay = cached.deadlineDay.slice();
  for (const position of changed) deadlineDay[position] = deadlineDayOf(next[position]);
  columnsByPlots.set(next, { ...cached, deadlineDay });
}
