import { useMemo } from 'react';
import { compileFilter } from '../domain/filter';
import { summarizePlots, type PlotSummary } from '../domain/summarize';
import type { Plot } from '../domain/types';
import { useAppStore } from './store';

const NO_PLOTS: readonly Plot[] = [];

export function usePlots(): readonly Plot[] {
  return useAppStore((state) => state.data?.plots ?? NO_PLOTS);
}

export function useReportingDate(): string {
  return useAppStore((state) => state.data?.campaign.reportingDate ?? '');
}

/** The plots that pass the current filter: what every view, summary and export shows. */
export function useVisiblePlots(): readonly Plot[] {
  const plots = usePlots();
  const filter = useAppStore((state) => state.filter);
  const reportingDate = useReportingDate();
  return useMemo(() => plots.filter(compileFilter(filter, reportingDate)), [plots, filter, reportingDate]);
}

/** The summary of the plots that pass the filter. */
export function useSummary(): PlotSummary {
  const plots = useVisiblePlots();
  const reportingDate = useReportingDate();
  return useMemo(() => summarizePlots(plots, reportingDate), [plots, reportingDate]);
}

export function useSelectedPlot(): Plot | null {
  return useAppStore((state) => {
    const index = state.selectedPlotIndex;
    if (index === null || !state.data) return null;
    return state.data.plots.find((plot) => plot.index === index) ?? null;
  });
}
