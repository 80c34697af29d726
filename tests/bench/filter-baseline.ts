import type { Browser } from 'playwright-core';
import { filterPlots } from '../../src/domain/filter';
import { hiddenPlots } from '../../src/domain/hidden-plots';
import { BARE_READY, BenchPage, type MapViewport } from './bench-browser';
import { bareUrl } from './browser-load';
import { readCampaign } from './campaign-plots';
import { industriesByCount } from './domain';
import { filterSteps, TIMES_THROUGH } from './filter-latency';
import { context, notMeasured, type Figure } from './results';
import type { ScaleCampaign } from './scale-data';
import { median } from './statistics';

/** What one filter step changes on the map, as the app's PlotVisibility changes it. */
interface HidingChange {
  hide: number[];
  show: number[];
  clearAll: boolean;
}

/**
 * The app's filter steps as feature-state changes: the plots whose visibility changed, by
 * position in the file, or everything dropped at once when all plots show again.
 */
function hidingChanges(campaign: ScaleCampaign): HidingChange[] {
  const { loaded, reportingDate } = readCampaign(campaign);
  const all = loaded.plots;
  const steps = filterSteps(industriesByCount(all));
  const changes: HidingChange[] = [];
  let previous = hiddenPlots(all, all);
  for (let round = 0; round < TIMES_THROUGH; round++) {
    for (const step of steps) {
      const next = hiddenPlots(all, filterPlots(all, step.after, reportingDate));
      const change: HidingChange = { hide: [], show: [], clearAll: next.count === 0 && previous.count > 0 };
      if (!change.clearAll) {
        for (const plot of all) {
          const hidden = next.flags[plot.index];
          if ((previous.flags[plot.index] ?? 0) === hidden) continue;
          (hidden === 1 ? change.hide : change.show).push(plot.index);
        }
      }
      changes.push(change);
      previous = next;
    }
  }
  return changes;
}

/**
 * The yardstick for the filter figure: the bare maplibre page with the same plots and view
 * hides and shows the same plots through feature-state, each change timed until the map is
 * idle. What redrawing the plots costs on this machine with no app at all.
 */
export async function measureBareFilterChanges(
  browser: Browser,
  origin: string,
  campaign: ScaleCampaign,
  viewport: MapViewport,
  log: (line: string) => void,
): Promise<number[]> {
  if (readCampaign(campaign).loaded.rejectedCount > 0) throw new Error('Some plots were rejected, so file positions and plot indices differ');
  const changes = hidingChanges(campaign);
  const { page } = await BenchPage.open(browser, bareUrl(origin, campaign, viewport, { hiding: 'feature-state' }), BARE_READY);
  try {
    const times: number[] = [];
    for (const change of changes) times.push((await page.page.evaluate(`window.benchHide(${JSON.stringify(change)})`)) as number);
    log(`  bare maplibre: ${times.map((time) => time.toFixed(0)).join(', ')} ms`);
    return times;
  } finally {
    await page.close();
  }
}

/** The bare page's median beside the app's filter figure, and the ratio of the two. */
export function filterBaselineFigures(appMedianMs: number | null, bareTimes: readonly number[] | string, plotCount: number): Figure[] {
  const count = plotCount.toLocaleString('en-US');
  const label = `same plots hidden/shown by feature-state → idle, bare maplibre (${count} plots): median`;
  if (typeof bareTimes === 'string') return [notMeasured('filter.bare_median_ms', label, '', bareTimes)];
  const bare = median(bareTimes);
  return [
    context({
      key: 'filter.bare_median_ms',
      label,
      value: bare,
      unit: 'ms',
      samples: [...bareTimes],
      note: 'the app\'s 16 filter steps replayed as feature-state changes on the bare page: what redrawing the plots costs here with no app',
    }),
    context({ key: 'filter.ratio', label: 'filter change median, app / bare maplibre', value: appMedianMs === null ? null : appMedianMs / bare, unit: '×' }),
  ];
}
