import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rankTownships } from '../src/domain/ranking';
import { progressByTownship } from '../src/domain/targets';
import { BattleMapDriver } from './battle-map-driver';
import { crowdedTownship, manyTownships } from './crowded-campaigns';
import { readDemo } from './demo-data';
import { launchBrowser } from './driver';

/**
 * What leaders see on the screens they use — a 1024×768 projector, a 1366×768 laptop and
 * 1920×1080 — checked the way a person looks: on screen, not covered, readable.
 */
const baseUrl = inject('baseUrl');
const demo = readDemo();
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** The demo's township with the most plots. */
const BUSIEST = '青石镇';
const busiestPlots = demo.plots.filter((plot) => plot.township === BUSIEST).length;
const ranking = rankTownships(progressByTownship(demo.plots, demo.campaign.targets)).map((entry) => `${entry.rank ?? '—'} ${entry.township}`);
const KEY_COLUMNS = ['序号', '企业名称', '阶段', '面积(亩)', '逾期'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SIZES)('at $width×$height', (size) => {
  it('a battle map draws every plot number at 12 px or more; its ledger keeps the key columns in sight; the link popover closes', { timeout: 240_000 }, async () => {
    const battleMap = await BattleMapDriver.openBattleMap(browser, baseUrl, BUSIEST, size);
    const numbers = await battleMap.plotNumbersDrawn();
    expect(numbers.count).toBe(busiestPlots);
    expect(numbers.unplaced).toBe(0);
    expect(numbers.size).toBeGreaterThanOrEqual(12);

    await battleMap.whenScrollingTo('[data-testid=battle-ledger] tbody tr');
    expect(await battleMap.headersNotSeen('[data-testid=battle-ledger] thead th', KEY_COLUMNS)).toEqual([]);

    await battleMap.whenCopyingTheLink();
    expect(await battleMap.count('.share-link-popover button')).toBe(1);
    expect(await battleMap.notSeen('.share-link-popover input, .share-link-popover button')).toEqual([]);
    await battleMap.whenClicking('.share-link-popover button');
    expect(await battleMap.count('.share-link-popover')).toBe(0);
    // Below 1500 px the header's actions fold behind 更多; above, each is in sight.
    const headerActions = size.width < 1500 ? '[data-testid=header-more]' : '[data-testid=header-actions] > button';
    expect(await battleMap.notSeen(`${headerActions}, [data-testid=legend-toggle]`)).toEqual([]);
    expect(battleMap.app.consoleErrors).toEqual([]);
    await battleMap.close();
  });

  it('the ledger under the map keeps its key columns in sight', { timeout: 240_000 }, async () => {
    const overview = await BattleMapDriver.open(browser, baseUrl, size);
    await overview.whenClicking('[data-testid=ledger-toggle]');
    expect(await overview.headersNotSeen('[data-testid=ledger] .ledger-head [role=columnheader]', KEY_COLUMNS)).toEqual([]);
    await overview.close();
  });

  it('meeting mode: a township slide fits with every number drawn, and the ranking slides show every township', { timeout: 240_000 }, async () => {
    const meeting = await BattleMapDriver.openBattleMap(browser, baseUrl, BUSIEST, size);
    await meeting.whenPressing('f');
    await meeting.waitForMap();
    const numbers = await meeting.plotNumbersDrawn();
    expect(numbers.count).toBe(busiestPlots);
    expect(numbers.size).toBeGreaterThanOrEqual(12);
    expect(await meeting.fitsWithoutScrolling()).toEqual({ page: true, sidebar: true });
    expect(await meeting.notSeen('[data-testid=township-targets] tr.target-figures')).toEqual([]);
    expect(await meeting.smallestFontSize('[data-testid=township-targets] td, [data-testid=township-targets] th')).toBeGreaterThanOrEqual(20);
    // The township's trend under its targets; on a 1024 px projector behind its button, in the targets' place.
    const folded = size.width < 1280;
    if (folded) await meeting.whenClicking('[data-testid=trend-toggle]');
    expect(await meeting.trendOnSlide()).toEqual({ title: `${BUSIEST}进度趋势（亩）`, seen: true });
    expect(await meeting.fitsWithoutScrolling()).toEqual({ page: true, sidebar: true });
    if (folded) await meeting.whenClicking('[data-testid=trend-toggle]');

    const seen: string[] = [];
    for (let slide = 0; slide < 12 && meeting.currentPage().view !== 'ranking'; slide++) await meeting.whenPressing('PageDown');
    for (let slide = 0; slide < 10; slide++) {
      expect(await meeting.fitsWithoutScrolling()).toEqual({ page: true, sidebar: true });
      seen.push(...(await meeting.rankingRowsSeen()));
      if (seen.length >= ranking.length) break;
      await meeting.whenPressing('PageDown');
    }
    expect(seen).toEqual(ranking);
    expect(await meeting.smallestFontSize('[data-testid=ranking] td, [data-testid=ranking] th')).toBeGreaterThanOrEqual(20);
    await meeting.close();
  });
});

describe('crowded and large campaigns', () => {
  it('a township of 300 plots in three estates has all 300 numbers drawn at 1366×768', { timeout: 240_000 }, async () => {
    const { path, township } = crowdedTownship(300);
    const battleMap = await BattleMapDriver.open(browser, baseUrl, { width: 1366, height: 768, query: `campaign=${path}&view=township&township=${encodeURIComponent(township)}` });
    const numbers = await battleMap.plotNumbersDrawn();
    expect(numbers).toEqual({ count: 300, size: numbers.size, unplaced: 0 });
    expect(numbers.size).toBeGreaterThanOrEqual(12);
    await battleMap.close();
  });

  it('a county of 45 townships pages its ranking over several slides, each in rank order, every township once', { timeout: 240_000 }, async () => {
    const { path, townships } = manyTownships(45);
    const meeting = await BattleMapDriver.open(browser, baseUrl, { width: 1024, height: 768, query: `campaign=${path}&view=ranking` });
    await meeting.whenPressing('f');
    const seen: string[] = [];
    let slides = 0;
    for (; slides < 12 && seen.length < townships.length; slides++) {
      expect(await meeting.fitsWithoutScrolling()).toEqual({ page: true, sidebar: true });
      seen.push(...(await meeting.rankingRowsSeen()));
      await meeting.whenPressing('PageDown');
    }
    expect(slides).toBeGreaterThan(1);
    expect(seen.map((row) => row.split(' ')[1]).sort()).toEqual([...townships].sort());
    const ranks = seen.map((row) => Number(row.split(' ')[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await meeting.close();
  });
});
