import type { Browser } from 'playwright-core';
import { APP_READY, BenchPage } from './bench-browser';
import { context, withGoal, type Figure } from './results';
import type { ScaleCampaign } from './scale-data';
import { median } from './statistics';

/** A guard against a load that never ends, not a wait. */
const DRAWN_LIMIT_MS = 300_000;

interface PickedLoad {
  drawnMs: number;
  longestTaskMs: number;
}

/**
 * The app open on its demo, then `campaign`'s parcels file picked with the file picker, as a
 * planner opens a county's file: from the pick until the map has drawn every plot, how long it
 * took and the longest main-thread task. Unlike a page opened on a campaign, the page has
 * started and the map has made its shaders before the file is read.
 */
async function pickOnce(browser: Browser, origin: string, campaign: ScaleCampaign): Promise<PickedLoad> {
  const { page } = await BenchPage.open(browser, `${origin}/`, APP_READY);
  try {
    const picked = (await page.page.evaluate('performance.now()')) as number;
    await page.page.getByTestId('file-input').setInputFiles(campaign.parcelsFile);
    await page.page.waitForSelector(`[data-testid=map][data-plots="${campaign.plotCount}"][data-idle=true]`, { timeout: DRAWN_LIMIT_MS });
    const drawn = (await page.page.evaluate('performance.now()')) as number;
    return { drawnMs: drawn - picked, longestTaskMs: await page.longestTaskMs(drawn, picked) };
  } finally {
    await page.close();
  }
}

export async function measurePickedLoads(browser: Browser, origin: string, campaign: ScaleCampaign, rounds: number, log: (line: string) => void): Promise<Figure[]> {
  const loads: PickedLoad[] = [];
  for (let round = 0; round < rounds; round++) {
    loads.push(await pickOnce(browser, origin, campaign));
    log(`  round ${round + 1}: drawn ${loads.at(-1)?.drawnMs.toFixed(0)} ms after the pick, longest task ${loads.at(-1)?.longestTaskMs.toFixed(0)} ms`);
  }
  const count = campaign.plotCount.toLocaleString('en-US');
  const drawn = loads.map((load) => load.drawnMs);
  const longest = loads.map((load) => load.longestTaskMs);
  return [
    context({ key: `picked.drawn_ms.${campaign.plotCount}`, label: `${count} plots picked in the open app: pick to drawn`, value: median(drawn), unit: 'ms', samples: drawn }),
    withGoal(
      {
        key: `picked.longest_task_ms.${campaign.plotCount}`,
        label: `longest main-thread task from the pick until drawn, ${count} plots`,
        value: median(longest),
        unit: 'ms',
        samples: longest,
        note: 'PerformanceObserver longtask entries from the pick until the map is idle with every plot; 0 = none over 50 ms',
      },
      '<',
      200,
    ),
  ];
}
