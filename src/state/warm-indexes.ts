import { EMPTY_FILTER } from '../domain/filter';
import { filterOptions } from '../domain/filter-options';
import { hiddenPlots } from '../domain/hidden-plots';
import { facetIndexOf } from '../domain/plot-facets';
import { shownFigures } from '../domain/shown-figures';
import { plotTimelineSteps } from '../domain/time/plot-timeline';
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
 * otherwise build all in one go (the facet index and the sum columns behind the legend): over
 * 100,000 plots that render held the page for a second. Each is kept with the plots (by
 * identity), so the render then finds them ready. Stops early when `signal` is aborted.
 */
export async function warmIndexes(plots: readonly Plot[], campaign: Campaign, signal: AbortSignal): Promise<void> {
  await runInTasks([() => facetIndexOf(plots), () => shownFigures(plots, hiddenPlots(plots, plots), campaign.reportingDate)], signal);
}

/**
 * Builds, one per task, what only the panels shown after the map use (the filter's choices,
 * then the stage timeline, a slice of plots per task): run once the plots are on the page,
 * while the map's worker draws them, rather than holding the map back. Whatever a panel asks
 * for first is built then instead.
 */
export async function warmPanelIndexes(plots: readonly Plot[], campaign: Campaign): Promise<void> {
  await runInTasks([() => filterOptions(plots, EMPTY_FILTER, campaign.reportingDate), () => plotTimelineSteps(plots, campaign.reportingDate)], null);
}

/**
 * Runs each step in a task of its own. A step that returns an iterator (a build done in slices)
 * has each of its slices run in a task of its own.
 */
async function runInTasks(steps: ReadonlyArray<() => unknown>, signal: AbortSignal | null): Promise<void> {
  for (const step of steps) {
    await nextTask();
    if (signal?.aborted) return;
    const result = step();
    if (!isIterator(result)) continue;
    while (!result.next().done) {
      await nextTask();
      if (signal?.aborted) return;
    }
  }
  await nextTask();
}

function isIterator(value: unknown): value is Iterator<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { next?: unknown }).next === 'function';
}
