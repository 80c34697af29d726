import { useMemo } from 'react';
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

/** The summary of every loaded plot, computed once per load. */
export function useSummary(): PlotSummary {
  const plots = usePlots();
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
