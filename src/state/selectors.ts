import { isFilterActive, type PlotFilter } from '../domain/filter';
import { filterByFacets, type PlotIndex } from '../domain/plot-facets';
import { hiddenPlots, type HiddenPlots } from '../domain/hidden-plots';
import { shownFigures, type ShownFigures } from '../domain/shown-figures';
import type { PlotSummary } from '../domain/summarize';
import type { Plot, StageDefinition } from '../domain/types';
import { memoizeLast } from './memoize-last';
import { asOfDateOf, facetIndexOnAsOfDate, plotOnAsOfDate, plotsOnDate, stageColumnOnAsOfDate, stagesOnDateOf } from './as-of';
import { useAppStore, type LoadedData } from './store';

const NO_PLOTS: readonly Plot[] = [];

/** What the filtered plots are read from: the loaded data, the filter and the as-of date. */
interface FilteredSource {
  data: LoadedData | null;
  filter: PlotFilter;
  asOf: string | null;
}

/**
 * The plots as they stood on the as-of date (截至): see `plotsOnDate`. Made only when
 * `needed` (a hook is called either way): a view that shows no plot objects now asks for none.
 */
export function usePlots(needed = true): readonly Plot[] {
  const source = useAppStore(stagesOnDateOf);
  return needed ? plotsOnDate(source) : NO_PLOTS;
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

// Shared by every component that asks, so a filter or date change filters and sums the plots once.
const passingOf = memoizeLast((plots: readonly Plot[], index: PlotIndex, filter: PlotFilter, reportingDate: string) =>
  isFilterActive(filter) ? filterByFacets(plots, filter, reportingDate, index) : plots,
);
const hiddenOf = memoizeLast(hiddenPlots);
const visibleOf = memoizeLast((plots: readonly Plot[], hidden: HiddenPlots) => (hidden.count === 0 ? plots : plots.filter((plot) => hidden.flags[plot.index] !== 1)));
const shownFiguresOf = memoizeLast(shownFigures);

/**
 * The loaded plots that pass the filter, judged at their stage on the as-of date (the objects
 * themselves carry the ledger's stage): for what needs plot indexes, areas or counts only.
 */
function passingLoadedPlots(state: FilteredSource): readonly Plot[] {
  const plots = state.data?.plots ?? NO_PLOTS;
  return passingOf(plots, facetIndexOnAsOfDate(state), state.filter, asOfDateOf(state));
}

/** The plots the filter hides on the as-of date, by plot index: for the map, the ledger and the sums. */
function hiddenOnAsOfDate(state: FilteredSource): HiddenPlots {
  return hiddenOf(state.data?.plots ?? NO_PLOTS, passingLoadedPlots(state));
}

/** The plots that pass the filter as they stood on the as-of date; made only when `needed`, like `usePlots`. */
export function useVisiblePlots(needed = true): readonly Plot[] {
  const plots = usePlots(needed);
  const hidden = useHiddenPlots();
  return needed ? visibleOf(plots, hidden) : NO_PLOTS;
}

/** See `passingLoadedPlots`. */
export function usePassingLoadedPlots(): readonly Plot[] {
  return useAppStore(passingLoadedPlots);
}

/** The plots the filter hides, by plot index: for the map and the ledger. */
export function useHiddenPlots(): HiddenPlots {
  return useAppStore(hiddenOnAsOfDate);
}

/** The county's summary and each township's count per stage, of the plots that pass the filter, on the as-of date. */
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
    return plotOnAsOfDate(state, index);
  });
}
