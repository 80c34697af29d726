import type { Browser } from 'playwright-core';
import { filterPlots } from '../../src/domain/filter';
import { hiddenPlots } from '../../src/domain/hidden-plots';
import { BARE_READY, BenchPage, type MapViewport } from './bench-browser';
import { bareUrl } from './browser-load';
import { readCampaign } from './campaign-plots';
import { industriesByCount } from './domain';
import { filterSteps, pauseAfterChange, TIMES_THROUGH, type Pacing } from './filter-latency';
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

/** The bare page's times for the app's changes, paced as a person clicks and back to back. */
export interface BareFilterTimes {
  paced: number[];
  backToBack: number[];
}

/**
 * The yardstick for the filter figure: the bare maplibre page with the same plots and view
 * hides and shows the same plots through feature-state, each change timed until the map is
 * idle, with the same pacing as the app's. What redrawing the plots costs on this machine
 * with no app at all.
 */
export async function measureBareFilterChanges(
  browser: Browser,
  origin: string,
  campaign: ScaleCampaign,
  viewport: MapViewport,
  log: (line: string) => void,
): Promise<BareFilterTimes> {
  if (readCampaign(campaign).loaded.rejectedCount > 0) throw new Error('Some plots were rejected, so file positions and plot indices differ');
  const changes = hidingChanges(campaign);
  const { page } = await BenchPage.open(browser, bareUrl(origin, campaign, viewport, { hiding: 'feature-state' }), BARE_READY);
  try {
    const timed = async (pacing: Pacing): Promise<number[]> => {
      const times: number[] = [];
      for (const change of changes) {
        times.push((await page.page.evaluate(`window.benchHide(${JSON.stringify(change)})`)) as number);
        await page.page.waitForTimeout(pauseAfterChange(pacing));
      }
      log(`  bare maplibre, ${pacing}: ${times.map((time) => time.toFixed(0)).join(', ')} ms`);
      return times;
    };
    const paced = await timed('paced');
    return { paced, backToBack: await timed('back-to-back') };
  } finally {
    await page.close();
  }
}

/** The bare page's medians beside the app's filter figures, and the ratio of the paced ones. */
export function filterBaselineFigures(appMedianMs: number | null, bare: BareFilterTimes | string, plotCount: number): Figure[] {
  const count = plotCount.toLocaleString('en-US');
  const label = `same plots hidden/shown by feature-state → idle, bare maplibre (${count} plots): median`;
  const backToBackLabel = `same, bare maplibre, back to back (${count} plots): median`;
  if (typeof bare === 'string') return [notMeasured('filter.bare_median_ms', label, '', bare)];
  return [
    context({
      key: 'filter.bare_median_ms',
      label,
      value: median(bare.paced),
      unit: 'ms',
      samples: [...bare.paced],
      note: 'the app\'s 16 filter steps replayed as feature-state changes on the bare page, paced as the app\'s: what redrawing the plots costs here with no app',
    }),
    context({ key: 'filter.ratio', label: 'filter change median, app / bare maplibre', value: appMedianMs === null ? null : appMedianMs / median(bare.paced), unit: '×' }),
    context({ key: 'filter.bare_back_to_back_median_ms', label: backToBackLabel, value: median(bare.backToBack), unit: 'ms', samples: [...bare.backToBack] }),
  ];
}
