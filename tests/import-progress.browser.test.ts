import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { largeShapefile } from './fixtures/import-generator/large-shapefile';
import { launchBrowser } from './driver';
import { ImportDriver } from './import-driver';
import { LoadingDriver } from './loading-driver';

const baseUrl = inject('baseUrl');
const PLOTS = 50_000;
let browser: Browser;
let folder: string;
let paths: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), 'large-shapefile-'));
  paths = Object.entries(largeShapefile('大批地块', PLOTS)).map(([name, bytes]) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('导入数据 in the loading worker', () => {
  it('reads a big Shapefile for the preview and imports it with its stage on the bar while the page keeps answering, and 取消 leaves the campaign as it was', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    const loading = LoadingDriver.watching(planner.app);
    const before = await planner.app.legendRows();
    await loading.watchFrames();
    await planner.chooseFiles(paths);
    await planner.previewShown();
    const preview = await loading.watched();
    expect(preview.stages).toContain('parse');
    expect(preview.framesWhileWorking).toBeGreaterThan(1);
    expect(await planner.layerCount()).toContain(String(PLOTS));
    expect((await planner.previewRows())[0]).toContain('测试企业1');

    await loading.watchFrames();
    await planner.importNow();
    await loading.waitForProgress(0.5);
    const stage = await planner.page.getByTestId('load-stage').textContent();
    expect(['转换坐标', '校验、计算面积']).toContain(stage);
    const watched = await loading.watched();
    expect(watched.barValues.length).toBeGreaterThan(1);
    expect(watched.framesWhileWorking).toBeGreaterThan(1);

    await loading.cancel();
    await loading.waitForLoadToEnd();
    expect(await planner.app.legendRows()).toEqual(before);
    expect(await planner.page.getByText('已导入').count()).toBe(0);
    expect(planner.app.consoleErrors).toEqual([]);
    await planner.app.close();
  }, 300_000);
});
