import { useDeferredValue } from 'react';
import { geodesicAreaM2 } from '../domain/area';
import { filterOptions, type FilterOptions } from '../domain/filter-options';
import { geodesicLengthM } from '../domain/line-length';
import { plotsInsideOutline } from '../domain/outline';
import { isInFileOrder, keepVisible, sortPlots } from '../domain/sort-plots';
import { summarizePlots, type PlotSummary } from '../domain/summarize';
import type { Plot } from '../domain/types';
import { memoizeLast } from './memoize-last';
import { useHiddenPlots, usePlots, useReportingDate, useVisiblePlots } from './selectors';
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
  const plots = usePlots();
  const filter = useDeferredValue(useAppStore((state) => state.filter));
  return optionsOf(plots, filter, useReportingDate());
}

/**
 * The ledger's rows: the plots that pass the filter in the chosen order. All plots are sorted
 * once per sort; a filter change only drops rows, so it costs one pass, not a sort.
 */
export function useLedgerRows(): readonly Plot[] {
  const sort = useToolStore((state) => state.ledgerSort);
  const plots = usePlots();
  const visible = useVisiblePlots();
  const hidden = useHiddenPlots();
  const township = useLedgerTownship();
  // Unsorted, the ledger is in file order, which the plots that pass the filter already are.
  const rows = sort === null && isInFileOrder(plots) ? visible : ledgerOf(sortedOf(plots, sort), hidden);
  return rowsInTownshipOf(rows, township);
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

/** The plots the ledger's exports write: those passing the filter, of the battle map's township if on one. */
export function useLedgerPlots(): readonly Plot[] {
  return plotsInTownshipOf(useVisiblePlots(), useLedgerTownship());
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
  const plots = pickedOf(useVisiblePlots(), picked);
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
  const visible = useVisiblePlots();
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
