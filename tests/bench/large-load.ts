import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { APP_READY, BARE_READY, BenchPage } from './bench-browser';
import { appUrl, bareUrl } from './browser-load';
import { context, withGoal, type Figure } from './results';
import type { ScaleCampaign } from './scale-data';
import { heapsAfterCollection } from './target-heaps';

const MIB = 2 ** 20;
/** A guard for a page that never gets there; a 300,000-plot load on a busy machine takes minutes. */
const LARGE_LOAD_LIMIT_MS = 600_000;

/** Renderer process ids of this browser, as Chromium reports them. */
async function rendererIds(browser: Browser): Promise<Set<number>> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    return new Set(processInfo.filter((process) => process.type === 'renderer').map((process) => process.id));
  } finally {
    await session.detach();
  }
}

/** Peak and current resident memory of a process, in bytes, from Linux's /proc. */
function residentBytes(processId: number): { peak: number; now: number } | null {
  try {
    const status = readFileSync(`/proc/${processId}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { peak: kib('VmHWM'), now: kib('VmRSS') };
  } catch {
    return null;
  }
}

/** A worker told by its script: the map's (maplibre) or the app's loading worker. */
function workerName(url: string): string {
  return /maplibre/.test(url) ? 'map worker' : 'loading worker';
}

/**
 * One load of a large campaign in the app (and one of the bare page), timed, with the main
 * thread's longest task, its heap after a collection, and the peak resident memory of the
 * page's renderer process: the page, the loading worker and the map's workers all live there.
 */
export async function measureLargeLoad(browser: Browser, origin: string, campaign: ScaleCampaign, log: (line: string) => void): Promise<Figure[]> {
  const count = campaign.plotCount.toLocaleString('en-US');
  const what = campaign.vertices === null ? `${count} plots` : `${count} plots of ≥ ${campaign.vertices} corners`;
  const key = campaign.vertices === null ? `${campaign.plotCount}` : `${campaign.plotCount}_dense`;
  const before = await rendererIds(browser);
  const { page, readyMs } = await BenchPage.open(browser, appUrl(origin, campaign), APP_READY, { limitMs: LARGE_LOAD_LIMIT_MS });
  const figures: Figure[] = [];
  try {
    const longest = await page.longestTaskMs(readyMs);
    const plots = await page.plotCount(APP_READY.mapSelector);
    const heap = await page.heapUsedBytes();
    const heaps = await heapsAfterCollection(browser, origin);
    const allHeaps = heaps.reduce((sum, target) => sum + target.usedBytes, 0);
    const renderers = [...(await rendererIds(browser))].filter((id) => !before.has(id)).map(residentBytes);
    const peak = Math.max(...renderers.map((memory) => memory?.peak ?? 0));
    log(`  app: ${readyMs.toFixed(0)} ms, ${plots} plots, longest task ${longest.toFixed(0)} ms, heap ${(heap / MIB).toFixed(0)} MiB, page and workers ${(allHeaps / MIB).toFixed(0)} MiB, renderer peak ${(peak / MIB).toFixed(0)} MiB`);
    figures.push(
      context({ key: `large.parcels_mib.${key}`, label: `parcels GeoJSON file, ${what}`, value: campaign.parcelsBytes / MIB, unit: 'MiB' }),
      context({
        key: `large.app_ms.${key}`,
        label: `load ${what} to idle + legend: app`,
        value: readyMs,
        unit: 'ms',
        note: plots === campaign.plotCount ? undefined : `the app shows ${plots} of ${campaign.plotCount} plots`,
      }),
      withGoal({ key: `large.app_longest_task_ms.${key}`, label: `longest main-thread task during load, ${what}: app`, value: longest, unit: 'ms' }, '<', 200),
      context({ key: `large.app_heap_mib.${key}`, label: `JS heap after load (main thread, after GC), ${what}`, value: heap / MIB, unit: 'MiB' }),
      context({
        key: `large.all_heaps_mib.${key}`,
        label: `JS heaps after load (page and workers, after GC), ${what}`,
        value: allHeaps / MIB,
        unit: 'MiB',
        note: heaps.map((target) => `${target.type === 'page' ? 'page' : workerName(target.url)} ${(target.usedBytes / MIB).toFixed(0)} MiB`).join(', '),
      }),
      withGoal({ key: `large.all_heaps_ratio.${key}`, label: `those heaps / parcels file size, ${what}`, value: allHeaps / campaign.parcelsBytes, unit: '×' }, '≤', 2.5, '×'),
    );
    if (peak > 0) {
      figures.push(
        context({
          key: `large.renderer_peak_mib.${key}`,
          label: `peak memory of the page's process (page, loading worker, map workers), ${what}`,
          value: peak / MIB,
          unit: 'MiB',
          note: 'VmHWM of the renderer process from /proc: resident memory, heaps and everything else',
        }),
        context({ key: `large.renderer_peak_ratio.${key}`, label: `that peak / parcels file size, ${what}`, value: peak / campaign.parcelsBytes, unit: '×' }),
      );
    }
    const viewport = await page.appViewport();
    await page.close();
    const bare = await BenchPage.open(browser, bareUrl(origin, campaign, viewport), BARE_READY, { limitMs: LARGE_LOAD_LIMIT_MS });
    const bareLongest = await bare.page.longestTaskMs(bare.readyMs);
    log(`  bare: ${bare.readyMs.toFixed(0)} ms, longest task ${bareLongest.toFixed(0)} ms`);
    await bare.page.close();
    figures.push(
      context({ key: `large.bare_ms.${key}`, label: `load ${what} to idle: bare maplibre`, value: bare.readyMs, unit: 'ms' }),
      context({ key: `large.ratio.${key}`, label: `load ${what}, app / bare (one load each)`, value: readyMs / bare.readyMs, unit: '×' }),
      context({ key: `large.bare_longest_task_ms.${key}`, label: `longest main-thread task during load, ${what}: bare maplibre`, value: bareLongest, unit: 'ms' }),
    );
    return figures;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}
