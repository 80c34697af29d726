import type { Browser } from 'playwright-core';
import { dayNumber, isoDate } from '../../src/domain/time/day-number';
import { stageOnDate } from '../../src/domain/time/stage-on-date';
import { APP_READY, BenchPage } from './bench-browser';
import { appUrl } from './browser-load';
import { readCampaign } from './campaign-plots';
import { PAUSE_BETWEEN_CHANGES_MS } from './filter-latency';
import type { CpuProfile } from './cpu-profile';
import { context, notMeasured, withGoal, type Figure } from './results';
import type { ScaleCampaign } from './scale-data';
import { median, worst } from './statistics';

/** A figure whose goal is to reach `limit` or more. */
function atLeast(figure: Omit<Figure, 'goal' | 'met'>, limit: number): Figure {
  const { value } = figure;
  return { ...figure, goal: `≥ ${limit} ${figure.unit}`, met: value === null || !Number.isFinite(value) ? null : value >= limit };
}

/** Weeks before the reporting date the date is set to, in turn; the last one goes back to the reporting date. */
const WEEKS_BACK = [4, 30, 12, 1, 40, 20, 8, 0];

/**
 * Arms a watcher: from the next `input` event on the date field (its event time) until the map
 * shows the date (data-as-of) and has gone busy and idle again, and the legend's 已签约 count
 * reads `signed`. `window.benchAsOfDone` resolves with the milliseconds.
 */
function armWatcher(date: string, signed: number): string {
  return `(() => {
    const date = ${JSON.stringify(date)};
    const signed = ${JSON.stringify(signed)};
    const map = document.querySelector('[data-testid=map]');
    let start = null;
    let busy = false;
    let resolveDone;
    window.benchAsOfDone = new Promise((resolve) => { resolveDone = resolve; });
    const onInput = (event) => { if (start === null) start = event.timeStamp; };
    document.addEventListener('input', onInput, true);
    const count = () => Number(((document.querySelector('[data-testid=legend] tr[data-stage=signed] td:nth-child(2)') || {}).textContent || '').trim());
    const observer = new MutationObserver((records) => {
      if (start === null) return;
      for (const record of records) {
        if (record.target === map && record.attributeName === 'data-idle' && record.oldValue === 'true') busy = true;
      }
      if (map.dataset.idle === 'false') busy = true;
      if (!busy || map.dataset.idle !== 'true' || map.dataset.asOf !== date || count() !== signed) return;
      observer.disconnect();
      document.removeEventListener('input', onInput, true);
      resolveDone(performance.now() - start);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
  })();`;
}

/**
 * 截至日期 at 100,000 plots: the time from typing a date to the map, legend, targets, ranking and
 * ledger showing it (a person's pace, like the filter figures), and playback's steps per second
 * at its fastest setting (10 per second asked) from the first stage date to the reporting date.
 */
export async function measureAsOfChanges(browser: Browser, origin: string, campaign: ScaleCampaign, log: (line: string) => void): Promise<Figure[]> {
  const count = campaign.plotCount.toLocaleString('en-US');
  const label = `as-of date change → map idle, legend, targets, ranking (${count} plots)`;
  const { loaded, reportingDate } = readCampaign(campaign);
  const signedOn = (date: string) => loaded.plots.filter((plot) => stageOnDate(plot, date, reportingDate) === 'signed').length;
  const { page } = await BenchPage.open(browser, appUrl(origin, campaign), APP_READY);
  try {
    const field = page.page.getByTestId('as-of-date');
    if ((await field.count()) === 0) return [notMeasured('asof.median_ms', `${label}: median`, '< 150 ms', 'the app has no as-of date field ([data-testid=as-of-date])')];
    const times: number[] = [];
    for (const weeks of WEEKS_BACK) {
      const date = isoDate(dayNumber(reportingDate) - weeks * 7);
      await page.page.evaluate(armWatcher(date, signedOn(date)));
      await field.fill(date);
      times.push((await page.page.evaluate('window.benchAsOfDone')) as number);
      await page.page.waitForTimeout(PAUSE_BETWEEN_CHANGES_MS);
    }
    log(`  as-of: ${times.map((time) => time.toFixed(0)).join(', ')} ms`);

    await page.page.getByTestId('playback-speed').selectOption('10');
    const started = Date.now();
    await page.page.getByTestId('playback-play').click();
    await page.page.locator('[data-testid=playback][data-playing=true]').waitFor();
    const steps = Number((await page.page.locator('.playback-position').textContent({ timeout: 10_000 }))?.split('/')[1] ?? 0);
    await page.page.locator(`[data-testid=playback][data-playing=false][data-date="${reportingDate}"]`).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    log(`  playback: ${steps} steps in ${seconds.toFixed(1)} s`);
    return [
      withGoal({ key: 'asof.median_ms', label: `${label}: median`, value: median(times), unit: 'ms', samples: times, note: `${times.length} dates typed into the 截至 field, ${PAUSE_BETWEEN_CHANGES_MS} ms apart` }, '<', 150),
      context({ key: 'asof.worst_ms', label: `${label}: worst`, value: worst(times), unit: 'ms', note: 'the first change after loading, which also builds what later dates reuse (columns made on first use, the map tiles read for feature-state)' }),
      atLeast({ key: 'playback.steps_per_s', label: `playback at 10 steps/s asked (${count} plots): steps per second held`, value: steps / seconds, unit: 'steps/s', note: `${steps} weeks, first stage date to the reporting date, timed from ▶ to the end` }, 5),
    ];
  } finally {
    await page.close();
  }
}

/**
 * One as-of date change at `weeksBack` weeks before the reporting date, with the main thread's
 * CPU profile, on a page of its own; null when the app has no as-of date field.
 */
export async function profileAsOfChange(browser: Browser, origin: string, campaign: ScaleCampaign, weeksBack = 30): Promise<{ latencyMs: number; profile: CpuProfile } | null> {
  const { loaded, reportingDate } = readCampaign(campaign);
  const { page } = await BenchPage.open(browser, appUrl(origin, campaign), APP_READY);
  try {
    const field = page.page.getByTestId('as-of-date');
    if ((await field.count()) === 0) return null;
    const date = isoDate(dayNumber(reportingDate) - weeksBack * 7);
    await page.page.evaluate(armWatcher(date, loaded.plots.filter((plot) => stageOnDate(plot, date, reportingDate) === 'signed').length));
    await page.startProfile();
    await field.fill(date);
    const latencyMs = (await page.page.evaluate('window.benchAsOfDone')) as number;
    return { latencyMs, profile: await page.stopProfile() };
  } finally {
    await page.close();
  }
}
