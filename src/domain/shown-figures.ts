import type { HiddenPlots } from './hidden-plots';
import { STAGE_INDEX, StageCounter } from './metrics';
import { isOverdue } from './overdue';
import { SummaryBuilder, type PlotSummary } from './summarize';
import type { Plot } from './types';

/** What every filter change sums, read once per list of plots into typed arrays in file order. */
interface PlotColumns {
  index: Int32Array;
  stage: Uint8Array;
  areaMu: Float64Array;
  overdue: Uint8Array;
  /** Each plot's township as a position in `townships`. */
  township: Int32Array;
  townships: string[];
}

const columnsByPlots = new WeakMap<readonly Plot[], { reportingDate: string; columns: PlotColumns }>();

function columnsOf(plots: readonly Plot[], reportingDate: string): PlotColumns {
  const cached = columnsByPlots.get(plots);
  if (cached && cached.reportingDate === reportingDate) return cached.columns;
  const townshipNumbers = new Map<string, number>();
  const columns: PlotColumns = {
    index: new Int32Array(plots.length),
    stage: new Uint8Array(plots.length),
    areaMu: new Float64Array(plots.length),
    overdue: new Uint8Array(plots.length),
    township: new Int32Array(plots.length),
    townships: [],
  };
  plots.forEach((plot, position) => {
    let township = townshipNumbers.get(plot.township);
    if (township === undefined) {
      township = columns.townships.length;
      townshipNumbers.set(plot.township, township);
      columns.townships.push(plot.township);
    }
    columns.index[position] = plot.index;
    columns.stage[position] = STAGE_INDEX[plot.stage];
    columns.areaMu[position] = plot.areaMu;
    columns.overdue[position] = isOverdue(plot, reportingDate) ? 1 : 0;
    columns.township[position] = township;
  });
  columnsByPlots.set(plots, { reportingDate, columns });
  return columns;
}

/** The figures of the plots a filter shows: the county's summary and each township's count per stage. */
export interface ShownFigures {
  summary: PlotSummary;
  /** Townships in the order their first shown plot comes in the file. */
  byTownship: Map<string, StageCounter>;
}

/**
 * The same figures as `summarizePlots` and `progressByTownship` over the plots that `hidden`
 * leaves, added in the same order, so equal to the last digit: one pass over typed arrays
 * instead of three over 100,000 plot objects on every filter change.
 */
export function shownFigures(plots: readonly Plot[], hidden: HiddenPlots, reportingDate: string): ShownFigures {
  const columns = columnsOf(plots, reportingDate);
  const summary = new SummaryBuilder(reportingDate);
  const counters: Array<StageCounter | undefined> = [];
  const byTownship = new Map<string, StageCounter>();
  const { index, stage, areaMu, overdue, township, townships } = columns;
  for (let position = 0; position < index.length; position++) {
    if (hidden.flags[index[position]] === 1) continue;
    summary.addAt(stage[position], areaMu[position], overdue[position] === 1);
    let counter = counters[township[position]];
    if (!counter) {
      counter = new StageCounter();
      counters[township[position]] = counter;
      byTownship.set(townships[township[position]], counter);
    }
    counter.addAt(stage[position], areaMu[position]);
  }
  return { summary: summary.summary(), byTownship };
}
