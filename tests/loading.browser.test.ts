import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDemo } from './demo-data';
import { launchBrowser } from './driver';
import { LoadingDriver } from './loading-driver';
import { formatBytes } from '../src/io/worker/memory-limits';

const baseUrl = inject('baseUrl');
const demo = readDemo();
/** Enough plots that reading them takes seconds even on a fast machine. */
const LARGE_PLOT_COUNT = 100_000;
/** Loading and drawing that many plots takes minutes on two busy cores: a guard, not a goal. */
const LARGE_LOAD_TIMEOUT_MS = 600_000;
let browser: Browser;
let directory: string;
let largeFile: string;

/** A parcels file of `count` small square plots on a grid, written the way a land bureau's export looks. */
function writeLargeParcels(path: string, count: number): void {
  const stages = ['listed', 'negotiating', 'signed', 'demolished', 'reclaimed', 'accepted'];
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const west = 119.5 + (index % 400) * 0.003;
    const south = 29.5 + Math.floor(index / 400) * 0.003;
    const ring = [[west, south], [west + 0.002, south], [west + 0.002, south + 0.002], [west, south + 0.002], [west, south]];
    const properties = { 地块编号: `L-${index}`, 企业名称: `测试企业${index}`, 镇街道: `第${index % 12}镇`, 状态: stages[index % stages.length], 面积: 59.88 };
    parts.push(JSON.stringify({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }));
  }
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`);
}

/** A campaign folder, served with the fixtures, whose villages file is several times its parcels file. */
const LARGE_BOUNDARIES = 'tests/fixtures/generated/large-boundaries';
const VILLAGE_COUNT = 1500;

/** Villages of 120 corners each: boundaries as surveyed, not as sketched. */
function writeLargeBoundariesCampaign(folder: string): number {
  mkdirSync(folder, { recursive: true });
  copyFileSync('data/demo/parcels.geojson', join(folder, 'parcels.geojson'));
  copyFileSync('data/demo/townships.geojson', join(folder, 'townships.geojson'));
  const villages = Array.from({ length: VILLAGE_COUNT }, (_, index) => {
    const [lon, lat] = [120.3 + (index % 50) * 0.01, 30.4 + Math.floor(index / 50) * 0.01];
    const ring = Array.from({ length: 120 }, (_, corner) => {
      const angle = (corner / 120) * 2 * Math.PI;
      return [Number((lon + 0.004 * Math.cos(angle)).toFixed(7)), Number((lat + 0.004 * Math.sin(angle)).toFixed(7))];
    });
    ring.push(ring[0]);
    return { type: 'Feature', properties: { name: `测试村${index}`, township: '史桥镇' }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  writeFileSync(join(folder, 'villages.geojson'), JSON.stringify({ type: 'FeatureCollection', features: villages }));
  writeFileSync(
    join(folder, 'campaign.json'),
    JSON.stringify({ name: '边界测试行动', reporting_date: '2026-11-15', parcels: 'parcels.geojson', townships: 'townships.geojson', villages: 'villages.geojson' }),
  );
  return ['parcels.geojson', 'townships.geojson', 'villages.geojson'].reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}

beforeAll(async () => {
  browser = await launchBrowser();
  directory = mkdtempSync(join(tmpdir(), 'battle-map-large-'));
  largeFile = join(directory, 'large-parcels.geojson');
  writeLargeParcels(largeFile, LARGE_PLOT_COUNT);
});
afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('loading a large file', () => {
  it('keeps the page answering: frames go on being drawn and the progress bar moves through the stages', async () => {
    const loading = await LoadingDriver.open(browser, baseUrl);
    await loading.watchFrames();
    await loading.pickFile(largeFile);
    await loading.waitForLoadToStart();
    await loading.waitForLoadToEnd();
    const watched = await loading.watched();
    expect(watched.stages).toEqual(expect.arrayContaining(['validate', 'draw']));
    expect(watched.barValues.filter((value) => value > 0 && value < 1).length).toBeGreaterThanOrEqual(3);
    expect(watched.framesWhileWorking).toBeGreaterThanOrEqual(10);
    // The panels that follow the map a task later keep their place: the map is not redrawn at another size and back.
    expect(watched.mapSizes).toHaveLength(1);
    expect(await loading.legendTotal()).toBe(String(LARGE_PLOT_COUNT));
    expect(await loading.mapPlotCount()).toBe(String(LARGE_PLOT_COUNT));
    // The map's worker read the plots itself; sending them back would freeze the page for seconds.
    expect(await loading.largestFeatureListFromMapWorkers()).toBe(0);
    expect(loading.app.consoleErrors).toEqual([]);
    await loading.close();
  }, LARGE_LOAD_TIMEOUT_MS);

  it('取消 stops the load and leaves the campaign that was open as it was', async () => {
    const loading = await LoadingDriver.open(browser, baseUrl);
    const title = await loading.title();
    await loading.pickFile(largeFile);
    await loading.waitForProgress(0.05);
    await loading.cancel();
    await loading.waitForLoadToEnd();
    expect(await loading.title()).toBe(title);
    expect(await loading.legendTotal()).toBe(String(demo.plots.length));
    expect(await loading.mapPlotCount()).toBe(String(demo.plots.length));
    expect(await loading.app.page.getByTestId('notice').count()).toBe(0);

    await loading.pickFile('tests/fixtures/files/mixed.geojson');
    await expect.poll(() => loading.app.text('notice')).toContain('共 3 个要素，载入 2 个地块，拒绝 1 个');
    expect(loading.app.consoleErrors).toEqual([]);
    await loading.close();
  }, LARGE_LOAD_TIMEOUT_MS);
});

describe('the page’s first campaign', () => {
  it('starts loading as the page opens, before the app has drawn anything, and is drawn', async () => {
    const loading = await LoadingDriver.openWatchingFirstLoad(browser, baseUrl);
    // The loading worker reads while the app's own script is fetched, compiled and run; the page says it is opening.
    expect(await loading.atFirstLoad()).toEqual({ appDrawn: false, shown: '正在打开作战图…Opening the battle map…' });
    await expect.poll(() => loading.app.page.locator('.page-starting').count()).toBe(0);
    expect(await loading.legendTotal()).toBe(String(demo.plots.length));
    expect(await loading.mapPlotCount()).toBe(String(demo.plots.length));
    expect(loading.app.consoleErrors).toEqual([]);
    await loading.close();
  }, LARGE_LOAD_TIMEOUT_MS);
});

describe('a campaign folder with large boundaries', () => {
  it('reads the boundaries in the loading worker: the bar counts their bytes with the parcels’, and the page answers throughout', async () => {
    const totalBytes = writeLargeBoundariesCampaign(LARGE_BOUNDARIES);
    const loading = await LoadingDriver.openCampaign(browser, baseUrl, 'fixtures/generated/large-boundaries/campaign.json');
    const watched = await loading.watched();
    expect(watched.figures.some((text) => text.startsWith(`${formatBytes(totalBytes)} / ${formatBytes(totalBytes)}`))).toBe(true);
    expect(watched.framesWhileWorking).toBeGreaterThanOrEqual(3);
    expect(await loading.legendTotal()).toBe(String(demo.plots.length));
    expect(loading.app.consoleErrors).toEqual([]);
    await loading.close();
  }, LARGE_LOAD_TIMEOUT_MS);
});

describe('a file larger than the browser can hold', () => {
  it('is refused before it is read, in words: its size, what it needs, what to do; the campaign stays and the page answers', async () => {
    // A browser that gives a page 32 MB: the demo fits, the large file (over 16 MB) does not.
    const loading = await LoadingDriver.openWithHeapLimit(browser, baseUrl, 32 * 1024 ** 2);
    const title = await loading.title();
    await loading.pickFile(largeFile);
    await expect.poll(() => loading.app.text('notice')).toMatch(
      new RegExp(`“large-parcels\\.geojson”有 ${formatBytes(statSync(largeFile).size).replace('.', '\\.')}，载入约需 .* 内存，超过本浏览器单个页面可用的 24\\.0 MB。请按镇街拆分文件，或简化地块边界（减少顶点）后再打开。`),
    );
    expect(await loading.isLoading()).toBe(false);
    expect(await loading.title()).toBe(title);
    expect(await loading.legendTotal()).toBe(String(demo.plots.length));
    await loading.pickFile('tests/fixtures/files/mixed.geojson');
    await expect.poll(() => loading.app.text('notice')).toContain('共 3 个要素，载入 2 个地块，拒绝 1 个');
    expect(loading.app.consoleErrors).toEqual([]);
    await loading.close();
  }, LARGE_LOAD_TIMEOUT_MS);
});
