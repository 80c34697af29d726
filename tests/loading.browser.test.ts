import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDemo } from './demo-data';
import { launchBrowser } from './driver';
import { LoadingDriver } from './loading-driver';

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
    await loading.waitForLoadToEnd();
    const watched = await loading.watched();
    expect(watched.stages).toEqual(expect.arrayContaining(['validate', 'draw']));
    expect(watched.barValues.filter((value) => value > 0 && value < 1).length).toBeGreaterThanOrEqual(3);
    expect(watched.framesWhileWorking).toBeGreaterThanOrEqual(10);
    expect(await loading.legendTotal()).toBe(String(LARGE_PLOT_COUNT));
    expect(await loading.mapPlotCount()).toBe(String(LARGE_PLOT_COUNT));
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
