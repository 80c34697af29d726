import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatMu } from '../src/domain/format';
import { summarizePlots } from '../src/domain/summarize';
import { formatRankChange } from '../src/domain/time/format-rank-change';
import { stageOnDate } from '../src/domain/time/stage-on-date';
import { weeklyReport } from '../src/domain/time/weekly-report';
import type { Plot } from '../src/domain/types';
import { hexToRgb, launchBrowser, StaffDriver } from './driver';
import { insidePoint, readDemo } from './demo-data';
import { TimeDriver } from './time-driver';

const baseUrl = inject('baseUrl');
const demo = readDemo();
const EARLIER = '2026-06-30';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The plots as the domain says they stood on a date. */
function plotsOn(date: string): Plot[] {
  return demo.plots.map((plot) => ({ ...plot, stage: stageOnDate(plot, date, demo.campaign.reportingDate) }));
}

function expectedLegend(plots: readonly Plot[]) {
  const summary = summarizePlots(plots, demo.campaign.reportingDate);
  const rows = demo.campaign.stages.map((stage) => ({
    stage: stage.key as string,
    label: stage.label,
    count: String(summary.byStage[stage.key].count),
    mu: formatMu(summary.byStage[stage.key].areaMu),
  }));
  rows.push({ stage: 'total', label: '合计', count: String(summary.plotCount), mu: formatMu(summary.areaMu) });
  return rows;
}

describe('截至日期 (as-of date)', () => {
  it('shows the legend totals the domain computes for an earlier date, colours plots by their stage then, and puts the date in the address', async () => {
    const app = await TimeDriver.open(browser, baseUrl);
    expect(await app.asOfDate()).toBe(demo.campaign.reportingDate);
    await app.whenShowingAsOf(EARLIER);
    const earlier = plotsOn(EARLIER);
    expect(await app.legendRows()).toEqual(expectedLegend(earlier));
    expect(await app.legendRows()).not.toEqual(expectedLegend(demo.plots));
    const changed = earlier
      .filter((plot, position) => plot.stage !== demo.plots[position].stage)
      .sort((a, b) => b.areaMu - a.areaMu)[0];
    const [lon, lat] = insidePoint(changed);
    const colour = demo.campaign.stages.find((stage) => stage.key === changed.stage)?.color ?? '';
    expect(await app.colourAt(lon, lat)).toEqual(hexToRgb(colour));
    expect(new URL(await app.addressWith('asof=')).searchParams.get('asof')).toBe(EARLIER);
    expect(app.app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('reopens a link at its date: the date input and the legend follow it', async () => {
    const app = await TimeDriver.open(browser, baseUrl, { query: `asof=${EARLIER}` });
    expect(await app.asOfDate()).toBe(EARLIER);
    expect(await app.legendRows()).toEqual(expectedLegend(plotsOn(EARLIER)));
    await app.close();
  });
});

describe('截至日期 in the ledger and the filter lists', () => {
  it('shows each ledger row, the stage list’s counts and the ledger export at the stage of the as-of date', async () => {
    const earlier = plotsOn(EARLIER);
    const label = (key: string) => demo.campaign.stages.find((stage) => stage.key === key)?.label ?? key;
    const app = await StaffDriver.openStaff(browser, baseUrl, { query: `asof=${EARLIER}` });
    await app.page.waitForSelector(`[data-testid=map][data-as-of="${EARLIER}"][data-idle=true][data-plots]`, { timeout: 120_000 });

    const stageCounts = await app.page.locator('[data-testid=filter-stages] label').evaluateAll((labels) =>
      Object.fromEntries(labels.map((item) => [(item as HTMLElement).dataset.value ?? '', Number(item.querySelector('.filter-option-count')?.textContent)])),
    );
    const summary = summarizePlots(earlier, EARLIER);
    expect(stageCounts).toEqual(Object.fromEntries(demo.campaign.stages.map((stage) => [stage.key, summary.byStage[stage.key].count])));

    const changed = earlier
      .filter((plot, position) => plot.stage !== demo.plots[position].stage)
      .sort((a, b) => b.areaMu - a.areaMu)[0];
    const ledgerStage = label(demo.plots.find((plot) => plot.index === changed.index)?.stage ?? '');
    expect(label(changed.stage)).not.toBe(ledgerStage);
    await app.whenSearching(changed.id);
    await app.openLedger();
    await app.page.waitForSelector(`[data-testid=ledger-row][data-index="${changed.index}"]`);
    const row = (await app.ledgerRows()).find((candidate) => candidate.index === changed.index);
    expect(row?.cells[2]).toBe(label(changed.stage));

    const { text } = await app.download('export-csv');
    const line = text.split(/\r?\n/).find((candidate) => candidate.includes(changed.id)) ?? '';
    expect(line.split(',')).toContain(label(changed.stage));
    expect(line.split(',')).not.toContain(ledgerStage);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});

describe('本周通报 in the ranking', () => {
  it('shows each township’s rank change against last week with the arrows the domain computes, and 落后时序进度 / 领先 in words', async () => {
    const report = weeklyReport(demo.plots, demo.campaign, demo.campaign.reportingDate);
    const app = await TimeDriver.open(browser, baseUrl, { query: 'view=ranking' });
    const rows = await app.rankingRows();
    const expected = report.rows.map((row) => ({
      township: row.township,
      change: formatRankChange(row.rankChange),
      pace: row.pace === 'behind' ? '落后时序进度' : row.pace === 'ahead' ? '领先' : '',
    }));
    expect(rows.map(({ township, change, pace }) => ({ township, change, pace }))).toEqual(expected);
    expect(rows.find((row) => row.township === '长丰镇')?.change).toBe('↑1');
    expect(rows.find((row) => row.township === '梅溪镇')?.change).toBe('↓1');
    await app.close();
  });
});

describe('进度回放 (playback)', () => {
  it('steps week by week and ends showing exactly the as-of date’s view', async () => {
    const app = await TimeDriver.open(browser, baseUrl, { query: `asof=${EARLIER}` });
    await app.whenSteppingPlayback();
    const first = await app.playbackDate();
    expect(first < EARLIER).toBe(true);
    expect(await app.legendRows()).toEqual(expectedLegend(plotsOn(first)));
    await app.whenSteppingPlayback();
    const second = await app.playbackDate();
    expect(second > first).toBe(true);
    await app.page.getByTestId('playback-speed').selectOption('10');
    await app.whenPlayingBack();
    await app.untilPlaybackEnds(EARLIER);
    expect(await app.asOfDate()).toBe(EARLIER);
    expect(await app.legendRows()).toEqual(expectedLegend(plotsOn(EARLIER)));
    const earlier = plotsOn(EARLIER);
    const changed = earlier
      .filter((plot, position) => plot.stage !== demo.plots[position].stage)
      .sort((a, b) => b.areaMu - a.areaMu)[0];
    const [lon, lat] = insidePoint(changed);
    const colour = demo.campaign.stages.find((stage) => stage.key === changed.stage)?.color ?? '';
    expect(await app.colourAt(lon, lat)).toEqual(hexToRgb(colour));
    expect(app.app.consoleErrors).toEqual([]);
    await app.close();
  });
});

describe('本周通报 slide and export', () => {
  for (const [width, height] of [[1024, 768], [1366, 768], [1920, 1080]]) {
    it(`fits the meeting slide at ${width}×${height}: every row and the county trend on screen, no scrolling`, async () => {
      const report = weeklyReport(demo.plots, demo.campaign, demo.campaign.reportingDate);
      const app = await TimeDriver.open(browser, baseUrl, { query: 'view=weekly', width, height });
      await app.whenInMeeting();
      const rows = await app.weeklySlideRows();
      expect(rows.map((row) => [row.township, row.change])).toEqual(report.rows.map((row) => [row.township, formatRankChange(row.rankChange)]));
      expect(rows.every((row) => row.onScreen)).toBe(true);
      expect(await app.isOnScreen('[data-testid=trend] svg')).toBe(true);
      await app.close();
    });
  }

  it('exports the weekly report as CSV with a BOM, a row per township in rank order, and the county', async () => {
    const report = weeklyReport(demo.plots, demo.campaign, demo.campaign.reportingDate);
    const app = await TimeDriver.open(browser, baseUrl, { query: 'view=weekly' });
    const { name, text } = await app.download('export-weekly-csv');
    expect(name).toBe(`${demo.campaign.name}-本周通报-${demo.campaign.reportingDate}.csv`);
    const lines = text.split('\r\n');
    expect(lines[0].startsWith('\uFEFF名次,名次变化,镇街道,本周新增签约(亩)')).toBe(true);
    expect(lines.slice(1, report.rows.length + 1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(
      report.rows.map((row) => `${row.rank},${formatRankChange(row.rankChange)},${row.township}`),
    );
    expect(lines[report.rows.length + 1].startsWith(',,全县,')).toBe(true);
    await app.close();
  });
});
