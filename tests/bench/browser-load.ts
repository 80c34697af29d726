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
  /** Main-thread heap after load and a full collection, when asked for. */
  appHeapBytes: number[];
  bareHeapBytes: number[];
  viewport: MapViewport;
}

function dataUrl(origin: string, file: string): string {
  const relative = file.replace(/^tests\/bench\/data\//, '');
  return `${origin}${MOUNTS.data}${relative.split('/').map(encodeURIComponent).join('/')}`;
}

export function appUrl(origin: string, campaign: ScaleCampaign): string {
  return `${origin}${MOUNTS.app}?campaign=${encodeURIComponent(dataUrl(origin, campaign.campaignFile))}`;
}

function bareUrl(origin: string, campaign: ScaleCampaign, viewport: MapViewport): string {
  const query = new URLSearchParams({
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
 * Loads the app and the bare page alternately, `rounds` times each, after one app load that
 * warms the browser and finds the view the bare page must match. Each load is a fresh context.
 */
export async function measureLoads(
  browser: Browser,
  origin: string,
  campaign: ScaleCampaign,
  options: { rounds: number; heap: boolean; log: (line: string) => void },
): Promise<LoadTimes> {
  const warmUp = await BenchPage.open(browser, appUrl(origin, campaign), APP_READY);
  const viewport = await warmUp.page.appViewport();
  const appPlots = await warmUp.page.plotCount(APP_READY.mapSelector);
  await warmUp.page.close();
  options.log(`  warm-up: app ready in ${warmUp.readyMs.toFixed(0)} ms, ${appPlots} plots, view ${JSON.stringify(viewport)}`);

  const times: LoadTimes = { plotCount: campaign.plotCount, appPlots, appMs: [], bareMs: [], appHeapBytes: [], bareHeapBytes: [], viewport };
  const loads = [
    { name: 'app', url: appUrl(origin, campaign), signal: APP_READY, ms: times.appMs, heap: times.appHeapBytes },
    { name: 'bare', url: bareUrl(origin, campaign, viewport), signal: BARE_READY, ms: times.bareMs, heap: times.bareHeapBytes },
  ];
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? loads : [...loads].reverse();
    for (const load of order) {
      const { page, readyMs } = await BenchPage.open(browser, load.url, load.signal);
      load.ms.push(readyMs);
      if (options.heap) load.heap.push(await page.heapUsedBytes());
      await page.close();
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
