import type { Browser } from 'playwright-core';
import { APP_READY, BARE_READY, BenchPage, type MapViewport } from './bench-browser';
import type { CpuProfile } from './cpu-profile';
import type { ScaleCampaign } from './scale-data';

/** Where the pages and data are served, relative to the one origin. */
export const MOUNTS = { app: '/', bare: '/bare/', data: '/bench-data/' } as const;

export interface LoadTimes {
  plotCount: number;
  /** Plots the app reports on its map (the file's features less any it rejected). */
  appPlots: number;
  appMs: number[];
  bareMs: number[];
  /** The main thread's longest task during each load. */
  appLongestTaskMs: number[];
  bareLongestTaskMs: number[];
  /** The same, less each task's waits for the GPU process (WebGL set-up, shader links). */
  appLongestLessGpuMs: number[];
  bareLongestLessGpuMs: number[];
  /** The longest single call that waited for the GPU process during each load. */
  appLongestGpuWaitMs: number[];
  bareLongestGpuWaitMs: number[];
  /** Main-thread heap after load and a full collection, when asked for. */
  appHeapBytes: number[];
  bareHeapBytes: number[];
  /** The view the app chose and the bare page copied. */
  viewport: MapViewport | null;
}

function dataUrl(origin: string, file: string): string {
  const relative = file.replace(/^tests\/bench\/data\//, '');
  return `${origin}${MOUNTS.data}${relative.split('/').map(encodeURIComponent).join('/')}`;
}

export function appUrl(origin: string, campaign: ScaleCampaign): string {
  return `${origin}${MOUNTS.app}?campaign=${encodeURIComponent(dataUrl(origin, campaign.campaignFile))}`;
}

/** The bare page drawing `viewport`; `extra` adds query parameters (see bare/bare.ts). */
export function bareUrl(origin: string, campaign: Pick<ScaleCampaign, 'parcelsFile' | 'plotCount'>, viewport: MapViewport, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    ...extra,
    parcels: dataUrl(origin, campaign.parcelsFile),
    plots: String(campaign.plotCount),
    centre: viewport.centre.join(','),
    zoom: String(viewport.zoom),
    width: String(viewport.width),
    height: String(viewport.height),
  });
  return `${origin}${MOUNTS.bare}?${query}`;
}

/**
 * Loads the app and the bare page alternately, `rounds` times each, each load in a fresh
 * context. The bare page draws the view the app chose, so the first round starts with the app.
 * With `warmUp`, one app load first that is not counted (the browser's own first-use costs).
 */
export async function measureLoads(
  browser: Browser,
  origin: string,
  campaign: ScaleCampaign,
  options: { rounds: number; warmUp: boolean; heap: boolean; log: (line: string) => void },
): Promise<LoadTimes> {
  const times: LoadTimes = { plotCount: campaign.plotCount, appPlots: 0, appMs: [], bareMs: [], appLongestTaskMs: [], bareLongestTaskMs: [], appLongestLessGpuMs: [], bareLongestLessGpuMs: [], appLongestGpuWaitMs: [], bareLongestGpuWaitMs: [], appHeapBytes: [], bareHeapBytes: [], viewport: null };
  const loadApp = async (counted: boolean) => {
    const { page, readyMs } = await BenchPage.open(browser, appUrl(origin, campaign), APP_READY);
    if (!times.viewport) {
      times.viewport = await page.appViewport();
      times.appPlots = await page.plotCount(APP_READY.mapSelector);
      options.log(`  the app shows ${times.appPlots} plots; view ${JSON.stringify(times.viewport)}`);
    }
    if (counted) {
      times.appMs.push(readyMs);
      times.appLongestTaskMs.push(await page.longestTaskMs(readyMs));
      times.appLongestLessGpuMs.push(await page.longestTaskLessGpuWaitsMs(readyMs));
      times.appLongestGpuWaitMs.push(await page.longestGpuWaitMs(readyMs));
      if (options.heap) times.appHeapBytes.push(await page.heapUsedBytes());
    } else {
      options.log(`  warm-up: app ready in ${readyMs.toFixed(0)} ms`);
    }
    await page.close();
  };
  const loadBare = async () => {
    if (!times.viewport) throw new Error('The bare page needs the view the app chose');
    const { page, readyMs } = await BenchPage.open(browser, bareUrl(origin, campaign, times.viewport), BARE_READY);
    times.bareMs.push(readyMs);
    times.bareLongestTaskMs.push(await page.longestTaskMs(readyMs));
    times.bareLongestLessGpuMs.push(await page.longestTaskLessGpuWaitsMs(readyMs));
    times.bareLongestGpuWaitMs.push(await page.longestGpuWaitMs(readyMs));
    if (options.heap) times.bareHeapBytes.push(await page.heapUsedBytes());
    await page.close();
  };

  if (options.warmUp) await loadApp(false);
  for (let round = 0; round < options.rounds; round++) {
    if (round % 2 === 0) {
      await loadApp(true);
      await loadBare();
    } else {
      await loadBare();
      await loadApp(true);
    }
    options.log(`  round ${round + 1}: app ${times.appMs.at(-1)?.toFixed(0)} ms, bare ${times.bareMs.at(-1)?.toFixed(0)} ms`);
  }
  return times;
}

/** One app load with the main thread's CPU profile; the page is left open for the caller. */
export async function profileAppLoad(browser: Browser, url: string): Promise<{ page: BenchPage; readyMs: number; profile: CpuProfile }> {
  const { page, readyMs, profile } = await BenchPage.open(browser, url, APP_READY, { profile: true });
  if (!profile) throw new Error('No profile was recorded');
  return { page, readyMs, profile };
}
