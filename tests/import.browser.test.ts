import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatMu } from '../src/domain/format';
import { loadPlots } from '../src/domain/load-plots';
import { summarizePlots } from '../src/domain/summarize';
import { KNOWN_PLOTS } from './fixtures/import-generator/known-plots';
import { launchBrowser } from './driver';
import { readDemo } from './demo-data';
import { ImportDriver } from './import-driver';

const baseUrl = inject('baseUrl');
const demo = readDemo();
const FIXTURES = 'tests/fixtures/import';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function folder(name: string): string[] {
  return readdirSync(join(FIXTURES, name)).map((file) => join(FIXTURES, name, file));
}

/** The known plots, loaded from their longitude/latitude: what the legend must show after an import. */
const known = loadPlots({
  type: 'FeatureCollection',
  features: KNOWN_PLOTS.map((plot) => ({
    type: 'Feature',
    properties: { 地块编号: plot.id, 企业名称: plot.name, 镇街道: plot.township, 村: plot.village, 状态: plot.stage },
    geometry: { type: 'Polygon', coordinates: plot.rings },
  })),
});

function legendOf(plots: typeof known.plots) {
  const summary = summarizePlots(plots, demo.campaign.reportingDate);
  const rows = demo.campaign.stages.map((stage) => ({ stage: stage.key, label: stage.label, count: String(summary.byStage[stage.key].count), mu: formatMu(summary.byStage[stage.key].areaMu) }));
  return [...rows, { stage: 'total', label: '合计', count: String(summary.plotCount), mu: formatMu(summary.areaMu) }];
}

describe('导入数据', () => {
  it('imports a zipped GBK Shapefile in Gauss-Krüger through the button, keeping the campaign', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    await planner.chooseFiles([join(FIXTURES, 'gk3-zone40-prj-cpg936.zip')]);
    await planner.previewShown();
    const rows = await planner.previewRows();
    expect(rows[0]).toContain('宏发织造有限公司');
    expect(rows[1]).toContain('鑫达化工厂（东厂区）');
    expect(await planner.reason()).toContain('CGCS2000_3_Degree_GK_Zone_40');
    await planner.importNow();

    await expect.poll(() => planner.app.text('notice')).toContain('载入 4 个地块，拒绝 0 个');
    expect(await planner.app.legendRows()).toEqual(legendOf(known.plots));
    const findings = await planner.findings();
    expect(findings).toContain('按 .cpg 文件“936”以 GBK 读取文字');
    expect(findings).toContain('坐标由 CGCS2000 高斯-克吕格 3°分带');
    expect(await planner.app.text('ranking')).toContain('史桥镇');
    expect(await planner.page.locator('h1').textContent()).toContain(demo.campaign.name);
    expect(planner.app.consoleErrors).toEqual([]);
    expect(planner.app.foreignRequests()).toEqual([]);
    await planner.app.close();
  });

  it('adds Ovital GCJ-02 plots dropped on the window to the demo plots, saying they were converted', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    await planner.dropFiles([join(FIXTURES, 'ovital-gcj02.kmz')]);
    await planner.previewShown();
    expect(await planner.reason()).toContain('GCJ-02');
    await planner.addToPlots();
    await planner.importNow();

    await expect.poll(() => planner.app.text('notice')).toContain('载入 4 个地块');
    const total = (await planner.app.legendRows()).find((row) => row.stage === 'total');
    expect(total?.count).toBe(String(demo.plots.length + 4));
    expect(await planner.findings()).toContain('坐标由 GCJ-02 经纬度（高德/腾讯/奥维） 转换为 CGCS2000 经纬度');
    await planner.app.close();
  });

  it('asks to confirm a zone read from the numbers alone, for loose files without .prj', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    await planner.chooseFiles(folder('gk3-zone40-no-prj'));
    await planner.previewShown();
    expect(await planner.reason()).toContain('带号 40');
    expect(await planner.canImport()).toBe(false);
    await planner.confirmCoordinates();
    expect(await planner.canImport()).toBe(true);
    await planner.importNow();
    await expect.poll(() => planner.app.legendRows()).toEqual(legendOf(known.plots));
    await planner.app.close();
  });

  it('refuses an old .xls with a message to save it as .xlsx, keeping the campaign', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    await planner.chooseFiles(['tests/fixtures/files/old-ledger.xls']);
    await expect.poll(() => planner.app.text('notice')).toContain('另存为” .xlsx');
    const total = (await planner.app.legendRows()).find((row) => row.stage === 'total');
    expect(total?.count).toBe(String(demo.plots.length));
    await planner.app.close();
  });
});

describe('台账 joined to imported plots', () => {
  it('joins an .xlsx ledger by plot code, reports what was left over, and exports the report', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    await planner.chooseFiles([join(FIXTURES, 'gk3-zone40-prj-cpg936.zip')]);
    await planner.previewShown();
    await planner.importNow();
    await expect.poll(() => planner.app.text('notice')).toContain('载入 4 个地块');

    await planner.chooseFiles([join(FIXTURES, '台账.xlsx')]);
    await planner.previewShown();
    expect(await planner.app.text('ledger-match')).toBe('4 行对应到地块，1 行没有对应地块，0 块地块没有台账行');
    await planner.page.getByTestId('import-submit').click();
    await planner.page.getByTestId('ledger-report').waitFor();
    expect(await planner.app.text('rows-without-plot')).toContain('999 不在图上的企业');
    const report = await planner.app.download('export-ledger-report');
    expect(report.text).toContain('台账行没有对应地块,6,999,不在图上的企业');
    await planner.page.getByTestId('ledger-report-close').click();

    const legend = await planner.app.legendRows();
    const counts = Object.fromEntries(legend.map((row) => [row.stage, row.count]));
    expect(counts).toMatchObject({ listed: '0', negotiating: '1', signed: '0', demolished: '2', accepted: '1', total: '4' });
    await planner.app.openLedger();
    const cells = (await planner.app.ledgerRows()).map((row) => row.cells.join('|')).join('\n');
    expect(cells).toContain('张建国');
    expect(cells).toContain('永盛砖瓦厂');
    expect(planner.app.consoleErrors).toEqual([]);
    await planner.app.close();
  });
});

describe('保存作战图', () => {
  it('saves the campaign as a .zip that opens again by drag-and-drop with its plots and targets', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    await planner.chooseFiles([join(FIXTURES, 'ovital-gcj02.kml')]);
    await planner.previewShown();
    await planner.importNow();
    await expect.poll(() => planner.app.text('notice')).toContain('载入 4 个地块');
    const legend = await planner.app.legendRows();
    const saved = await planner.app.download('save-campaign');
    expect(saved.name).toBe(`${demo.campaign.name}-${demo.campaign.reportingDate}.zip`);
    const ranking = await planner.app.text('ranking');
    await planner.app.close();

    const again = await ImportDriver.open(browser, baseUrl);
    await again.dropFiles([saved.path]);
    await expect.poll(() => again.app.text('notice')).toContain('已打开保存的作战图');
    expect(await again.app.legendRows()).toEqual(legend);
    expect(await again.app.text('ranking')).toBe(ranking);
    expect(await again.page.locator('h1').textContent()).toContain(demo.campaign.name);
    await again.app.close();
  });

  it('opens a saved campaign from ?campaign=…zip', async () => {
    const planner = await ImportDriver.open(browser, baseUrl, { query: 'campaign=fixtures/import/saved-campaign.zip' });
    expect(await planner.page.locator('h1').textContent()).toContain('腾笼换鸟专项行动');
    expect(await planner.app.legendRows()).toEqual(legendOf(known.plots));
    await planner.app.close();
  });
});
