import { useDeferredValue } from 'react';
import { geodesicAreaM2 } from '../domain/area';
import { filterOptions, type FilterOptions } from '../domain/filter-options';
import { geodesicLengthM } from '../domain/line-length';
import { plotsInsideOutline } from '../domain/outline';
import { isInFileOrder, keepVisible, sortPlots } from '../domain/sort-plots';
import { summarizePlots, type PlotSummary } from '../domain/summarize';
import type { Plot } from '../domain/types';
import { memoizeLast } from './memoize-last';
import { facetIndexOnAsOfDate, onAsOfDate } from './as-of';
import { useHiddenPlots, useLedgerPlots, usePassingLoadedPlots, usePlots, useReportingDate, useVisiblePlots } from './selectors';
import { useAppStore } from './store';
import { useToolStore } from './tool-store';

const optionsOf = memoizeLast(filterOptions);
const sortedOf = memoizeLast(sortPlots);
const ledgerOf = memoizeLast(keepVisible);

/**
 * Each filter list's values with the number of plots that choosing it would show. The counts
 * follow a filter change a moment later, in a render of their own: the tick itself, the map,
 * the legend, the summaries and the ledger do not wait for every list to be recounted.
 */
export function useFilterOptions(): FilterOptions {
  const plots = useLedgerPlots();
  const index = useAppStore(facetIndexOnAsOfDate);
  const filter = useDeferredValue(useAppStore((state) => state.filter));
  return optionsOf(plots, filter, useReportingDate(), index);
}

/**
 * The ledger's rows: the plots that pass the filter in the chosen order, as loaded plot
 * objects (show each through `useOnAsOfDate`, so that only the rows in sight are made for the
 * as-of date). All plots are sorted once per sort, whatever the date, except by stage, which
 * sorts them at their stage on the date; a filter change only drops rows, so it costs one
 * pass, not a sort.
 */
export function useLedgerRows(): readonly Plot[] {
  const sort = useToolStore((state) => state.ledgerSort);
  const loaded = useLedgerPlots();
  const onDate = usePlots(sort?.column === 'stage');
  const passing = usePassingLoadedPlots();
  const hidden = useHiddenPlots();
  const township = useLedgerTownship();
  // Unsorted, the ledger is in file order, which the plots that pass the filter already are.
  const rows = sort === null && isInFileOrder(loaded) ? passing : ledgerOf(sortedOf(sort?.column === 'stage' ? onDate : loaded, sort), hidden);
  return rowsInTownshipOf(rows, township);
}

/** See `onAsOfDate`. */
export function useOnAsOfDate(): (plot: Plot) => Plot {
  return useAppStore(onAsOfDate);
}

const rowsInTownshipOf = memoizeLast(plotsOfTownship);
const plotsInTownshipOf = memoizeLast(plotsOfTownship);

function plotsOfTownship(plots: readonly Plot[], township: string | null): readonly Plot[] {
  return township === null ? plots : plots.filter((plot) => plot.township === township);
}

/** On a township's battle map the ledger under the map and its exports are that township's, like the side ledger. */
export function useLedgerTownship(): string | null {
  return useAppStore((state) => (state.view.kind === 'township' ? state.view.township : null));
}

/**
 * The plots the ledger counts and its exports write: those passing the filter, of the battle
 * map's township if on one, as loaded plot objects (their indexes and areas do not change with
 * the date; export them through `useOnAsOfDate`).
 */
export function useLedgerScope(): readonly Plot[] {
  return plotsInTownshipOf(usePassingLoadedPlots(), useLedgerTownship());
}

const NOTHING_PICKED: readonly Plot[] = [];
// Most of the time nothing is picked: then a filter change need not walk the visible plots.
const pickedOf = memoizeLast((visible: readonly Plot[], picked: ReadonlySet<number>) =>
  picked.size === 0 ? NOTHING_PICKED : visible.filter((plot) => picked.has(plot.index)),
);
const pickedSummaryOf = memoizeLast(summarizePlots);

/** The picked plots that the filter shows, and their figures per stage. */
export function usePickedSummary(): { plots: readonly Plot[]; summary: PlotSummary } {
  const picked = useToolStore((state) => state.picked);
  const plots = pickedOf(useVisiblePlots(picked.size > 0), picked);
  return { plots, summary: pickedSummaryOf(plots, useReportingDate()) };
}

export interface MeasurementFigures {
  kind: 'polygon' | 'line';
  areaM2: number;
  lengthM: number;
  /** For a drawn outline: the plots inside it that the filter shows. */
  inside: PlotSummary | null;
}

const insideOf = memoizeLast(plotsInsideOutline);
const insideSummaryOf = memoizeLast(summarizePlots);

/** The drawn shape's area or length on the ellipsoid, and what lies inside an outline. */
export function useMeasurementFigures(): MeasurementFigures | null {
  const measurement = useToolStore((state) => state.measurement);
  const visible = useVisiblePlots(measurement?.kind === 'polygon');
  const reportingDate = useReportingDate();
  if (!measurement) return null;
  if (measurement.kind === 'line') {
    return { kind: 'line', areaM2: 0, lengthM: geodesicLengthM(measurement.geometry.coordinates), inside: null };
  }
  const outline = measurement.geometry;
  return {
    kind: 'polygon',
    areaM2: geodesicAreaM2(outline),
    lengthM: geodesicLengthM(outline.coordinates[0] ?? []),
    inside: insideSummaryOf(insideOf(visible, outline), reportingDate),
  };
}
