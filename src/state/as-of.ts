import type { Finding } from '../domain/findings';
import { facetIndexOf, facetIndexOnDay, restagedFacetIndex, type PlotIndex } from '../domain/plot-facets';
import { NO_POSITION, positionsByIndex } from '../domain/plot-positions';
import { missingStageDates } from '../domain/time/missing-stage-dates';
import { dayNumber } from '../domain/time/day-number';
import { plotTimeline } from '../domain/time/plot-timeline';
import { plotAsOf, plotsAsOf } from '../domain/time/plots-as-of';
import { stagesOnDay } from '../domain/time/stages-on-day';
import { townshipCountersOnDay, type TownshipCounters } from '../domain/time/township-counters-on-day';
import type { Campaign, Plot } from '../domain/types';
import { memoizeLast } from './memoize-last';
import type { LoadedData } from './store';

const NO_PLOTS: readonly Plot[] = [];

/** What the as-of figures are read from: the loaded data and the chosen date. */
interface AsOfSource {
  data: LoadedData | null;
  asOf: string | null;
}

/** The date every view counts at (截至): the chosen date, or the campaign's reporting date. */
export function asOfDateOf(state: AsOfSource): string {
  return state.asOf ?? state.data?.campaign.reportingDate ?? '';
}

/** Each plot's stage on a date, by position in the plots, or null when it is the ledger's stage for all. */
export interface StagesOnDate {
  plots: readonly Plot[];
  stages: Uint8Array | null;
}

const stagesOf = memoizeLast((plots: readonly Plot[], reportingDate: string, date: string): StagesOnDate => {
  if (date === '' || date >= reportingDate) return { plots, stages: null };
  return { plots, stages: stagesOnDay(plotTimeline(plots, reportingDate), dayNumber(date)) };
});

export function stagesOnDateOf(state: AsOfSource): StagesOnDate {
  const plots = state.data?.plots ?? NO_PLOTS;
  return stagesOf(plots, state.data?.campaign.reportingDate ?? '', asOfDateOf(state));
}

const indexOf = memoizeLast(({ plots, stages }: StagesOnDate): PlotIndex => (stages === null ? facetIndexOf(plots) : facetIndexOnDay(plots, stages)));

/**
 * The loaded plots' numbered fields with each plot at its stage on the as-of date: what
 * filters and their lists' counts read, without a plot object made for the date.
 */
export function facetIndexOnAsOfDate(state: AsOfSource): PlotIndex {
  return indexOf(stagesOnDateOf(state));
}

/**
 * Each loaded plot's stage on the as-of date, by position in the loaded plots: what the
 * legend, summaries, targets and ranking count, without a plot object made for the date.
 */
export function stageColumnOnAsOfDate(state: AsOfSource): Uint8Array {
  return facetIndexOnAsOfDate(state).stage;
}

const countersOf = memoizeLast(townshipCountersOnDay);

/** Each township's plots (and the county's) counted by their stage on the as-of date. */
export function townshipCountersOnAsOfDate(state: AsOfSource): TownshipCounters {
  return countersOf(state.data?.plots ?? NO_PLOTS, stageColumnOnAsOfDate(state));
}

/**
 * The plots as they stood on a date (each at its stage then), from `stagesOnDateOf`: plot
 * objects for what shows or exports plots one by one (ledger rows, battle maps, exports). The
 * figures are counted from the columns instead, so a new date makes these only where asked.
 */
export const plotsOnDate = memoizeLast(({ plots, stages }: StagesOnDate): readonly Plot[] => {
  if (stages === null) return plots;
  const shown = plotsAsOf(plots, stages);
  if (shown !== plots) restagedFacetIndex(shown, plots, stages);
  return shown;
});

/** The plots as they stood on the as-of date: see `plotsOnDate`. The loaded plots themselves at the reporting date. */
export function plotsOnAsOfDate(state: AsOfSource): readonly Plot[] {
  return plotsOnDate(stagesOnDateOf(state));
}

/** The position of the plot with `index` in `plots`, or NO_POSITION. */
function positionOf(plots: readonly Plot[], index: number): number {
  const positions = positionsByIndex(plots);
  return index >= 0 && index < positions.length ? positions[index] : NO_POSITION;
}

const onDateOf = memoizeLast(({ plots, stages }: StagesOnDate): ((plot: Plot) => Plot) => {
  if (stages === null) return (plot) => plot;
  return (plot) => {
    const position = positionOf(plots, plot.index);
    return position === NO_POSITION ? plot : plotAsOf(plots, stages, position);
  };
});

/**
 * Turns a loaded plot (or one already on the date) into the plot as it stood on the as-of
 * date: for showing a few plots, such as the ledger's rows in sight, without making them all.
 */
export function onAsOfDate(state: AsOfSource): (plot: Plot) => Plot {
  return onDateOf(stagesOnDateOf(state));
}

/** One plot (by its index) as it stood on the as-of date, or null when there is none. */
export function plotOnAsOfDate(state: AsOfSource, index: number): Plot | null {
  const { plots } = stagesOnDateOf(state);
  const position = positionOf(plots, index);
  return position === NO_POSITION ? null : onAsOfDate(state)(plots[position]);
}

const campaignOf = memoizeLast((campaign: Campaign | null, date: string): Campaign | null =>
  campaign === null || campaign.reportingDate === date ? campaign : { ...campaign, reportingDate: date },
);

/**
 * The campaign as seen on the as-of date: its `reportingDate` is that date, so that titles
 * (截至), overdue marks and posters follow it. Time logic reads the loaded campaign instead.
 */
export function campaignOnAsOfDate(state: AsOfSource): Campaign | null {
  return campaignOf(state.data?.campaign ?? null, asOfDateOf(state));
}

const findingsOf = memoizeLast((data: LoadedData | null): Finding[] =>
  data === null ? [] : [...data.findings, ...missingStageDates(data.plots, data.campaign.reportingDate)],
);

/** The data checks: those found on loading, then the plots counted by the rule for a missing stage date. */
export function dataFindings(state: AsOfSource): Finding[] {
  return findingsOf(state.data);
}
