import type { Browser } from 'playwright-core';
import { appUrl, profileAppLoad } from './browser-load';
import { formatSelfTimes, topSelfTimes } from './cpu-profile';
import { profileFilterChange } from './filter-latency';
import type { ScaleCampaign } from './scale-data';

const TOP = 20;

/**
 * Where the main thread's time goes (self time, top functions) while the unminified app loads
 * `campaign` and then applies one filter change.
 */
export async function profileSummaries(browser: Browser, origin: string, campaign: ScaleCampaign): Promise<string[]> {
  const count = campaign.plotCount.toLocaleString('en-US');
  const { page, readyMs, profile } = await profileAppLoad(browser, appUrl(origin, campaign));
  const summaries = [formatSelfTimes(`Profile: app load, ${count} plots, ready at ${readyMs.toFixed(0)} ms (main thread, self time)`, topSelfTimes(profile, TOP))];
  try {
    const filter = await profileFilterChange(page, campaign);
    if (filter) {
      summaries.push(
        formatSelfTimes(`Profile: one filter change, ${count} plots, ${filter.latencyMs.toFixed(0)} ms (main thread, self time)`, topSelfTimes(filter.profile, TOP)),
      );
    }
  } finally {
    await page.close();
  }
  return summaries;
}
