import { EMPTY_FILTER } from '../domain/filter';
import { filterOptions } from '../domain/filter-options';
import { hiddenPlots } from '../domain/hidden-plots';
import { facetIndexOf } from '../domain/plot-facets';
import { shownFigures } from '../domain/shown-figures';
import { plotTimeline } from '../domain/time/plot-timeline';
import type { Campaign, Plot } from '../domain/types';

/** Resolves in a task of its own: what the page had waiting (a frame, a click) runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Builds, one per task, the indexes over newly loaded plots that the first render would
 * otherwise build all in one go (the facet index, the sum columns, the filter's choices, the
 * stage timeline): over 100,000 plots that render held the page for a second. Each is kept
 * with the plots (by identity), so the render then finds them ready. Stops early when
 * `signal` is aborted.
 */
export async function warmIndexes(plots: readonly Plot[], campaign: Campaign, signal: AbortSignal): Promise<void> {
  const date = campaign.reportingDate;
  const steps = [
    () => facetIndexOf(plots),
    () => shownFigures(plots, hiddenPlots(plots, plots), date),
    () => filterOptions(plots, EMPTY_FILTER, date),
    () => plotTimeline(plots, date),
  ];
  for (const step of steps) {
    await nextTask();
    if (signal.aborted) return;
    step();
  }
  await nextTask();
}
