import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { profileAsOfChange } from './as-of-latency';
import { appUrl, profileAppLoad } from './browser-load';
import { formatSelfTimes, topSelfTimes } from './cpu-profile';
import { profileFilterChange } from './filter-latency';
import { writeJson } from './results';
import type { ScaleCampaign } from './scale-data';

const TOP = 20;

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
