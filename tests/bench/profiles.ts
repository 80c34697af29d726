import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { APP_READY } from './bench-browser';
import { profileAsOfChange } from './as-of-latency';
import { appUrl, profileAppLoad } from './browser-load';
import { busyRuns, formatBusyRuns } from './busy-runs';
import { formatSelfTimes, topSelfTimes } from './cpu-profile';
import { profileFilterChange } from './filter-latency';
import { writeJson } from './results';
import type { ScaleCampaign } from './scale-data';

const TOP = 20;
/** Stretches of main-thread work at least this long are listed with what they were spent on (the goal for a task is < 200 ms). */
const LONG_RUN_MS = 150;

/**
 * Where the main thread's time goes (self time, top functions) while the unminified app loads
 * `campaign` and then applies one filter change, and on a fresh page one as-of date change. The whole profiles are written to `directory`
 * (open them in Chromium's DevTools, Performance panel).
 */
export async function profileSummaries(browser: Browser, origin: string, campaign: ScaleCampaign, directory: string): Promise<string[]> {
  const count = campaign.plotCount.toLocaleString('en-US');
  const { page, readyMs, profile } = await profileAppLoad(browser, appUrl(origin, campaign));
  writeJson(join(directory, `app-load-${campaign.plotCount}.cpuprofile`), profile);
  const summaries = [formatSelfTimes(`Profile: app load, ${count} plots, ready at ${readyMs.toFixed(0)} ms (main thread, self time)`, topSelfTimes(profile, TOP))];
  const longest = await page.longestTaskMs(readyMs);
  summaries.push(
    formatBusyRuns(
      `Main thread busy for ≥ ${LONG_RUN_MS} ms without a break during the app's load of ${count} plots (profiled; longest task seen by the page ${longest.toFixed(0)} ms, ${await page.plotCount(APP_READY.mapSelector)} plots)`,
      busyRuns(profile, LONG_RUN_MS),
    ),
  );
  try {
    const filter = await profileFilterChange(page, campaign);
    if (filter) {
      writeJson(join(directory, `filter-change-${campaign.plotCount}.cpuprofile`), filter.profile);
      summaries.push(
        formatSelfTimes(`Profile: one filter change, ${count} plots, ${filter.latencyMs.toFixed(0)} ms (main thread, self time)`, topSelfTimes(filter.profile, TOP)),
      );
    }
  } finally {
    await page.close();
  }
  const asOf = await profileAsOfChange(browser, origin, campaign);
  if (asOf) {
    writeJson(join(directory, `as-of-change-${campaign.plotCount}.cpuprofile`), asOf.profile);
    summaries.push(
      formatSelfTimes(`Profile: one as-of date change 30 weeks back, ${count} plots, ${asOf.latencyMs.toFixed(0)} ms (main thread, self time)`, topSelfTimes(asOf.profile, TOP)),
    );
  }
  return summaries;
}
