import { isFilterActive, type PlotFilter } from '../domain/filter';
import { filterByFacets } from '../domain/plot-facets';
import { hiddenPlots, type HiddenPlots } from '../domain/hidden-plots';
import { shownFigures, type ShownFigures } from '../domain/shown-figures';
import type { PlotSummary } from '../domain/summarize';
import type { Plot, StageDefinition } from '../domain/types';
import { memoizeLast } from './memoize-last';
import { asOfDateOf, plotsOnAsOfDate, stageColumnOnAsOfDate } from './as-of';
import { useAppStore } from './store';

const NO_PLOTS: readonly Plot[] = [];

/** The plots as they stood on the as-of date (截至): see `plotsOnAsOfDate`. */
export function usePlots(): readonly Plot[] {
  return useAppStore(plotsOnAsOfDate);
}

/** The plots as loaded (or as last edited), at their ledger stage: for the map's source and the data checks. */
export function useLedgerPlots(): readonly Plot[] {
  return useAppStore((state) => state.data?.plots ?? NO_PLOTS);
}

const NO_STAGES: readonly StageDefinition[] = [];

/** The campaign's stages (a selector must return the same value when nothing changed). */
export function useStages(): readonly StageDefinition[] {
  return useAppStore((state) => state.data?.campaign.stages ?? NO_STAGES);
}

/** The date the figures are counted at (截至): the as-of date, which is the reporting date unless one is chosen. */
export function useReportingDate(): string {
  return useAppStore(asOfDateOf);
}

/** The plots that pass the current filter: what every view, summary and export shows. */
export function useVisiblePlots(): readonly Plot[] {
  const plots = usePlots();
  const filter = useAppStore((state) => state.filter);
  return visiblePlotsOf(plots, filter, useReportingDate());
}

// Shared by every component that asks, so a filter change filters and sums the plots once.
const visiblePlotsOf = memoizeLast((plots: readonly Plot[], filter: PlotFilter, reportingDate: string) =>
  isFilterActive(filter) ? filterByFacets(plots, filter, reportingDate) : plots,
);
const hiddenOf = memoizeLast(hiddenPlots);
const shownFiguresOf = memoizeLast(shownFigures);

/** The plots the filter hides, by plot index: for the map and the ledger. */
export function useHiddenPlots(): HiddenPlots {
  return hiddenOf(usePlots(), useVisiblePlots());
}

/** The county's summary and each township's count per stage, of the plots that pass the filter. */
export function useShownFigures(): ShownFigures {
  const stages = useAppStore(stageColumnOnAsOfDate);
  return shownFiguresOf(useLedgerPlots(), useHiddenPlots(), useReportingDate(), stages);
}

/** The summary of the plots that pass the filter. */
export function useSummary(): PlotSummary {
  return useShownFigures().summary;
}

export function useSelectedPlot(): Plot | null {
  return useAppStore((state) => {
    const index = state.selectedPlotIndex;
    if (index === null || !state.data) return null;
    return plotsOnAsOfDate(state).find((plot) => plot.index === index) ?? null;
  });
}
