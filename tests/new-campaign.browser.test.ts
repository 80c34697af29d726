import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, StaffDriver } from './driver';
import { insidePoint, readDemo } from './demo-data';
import { EditDriver } from './edit-driver';
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

describe('新建作战图', () => {
  it('starts an empty campaign; imported plots go into it with outlines drawn from their 镇街道/村', async () => {
    const planner = await ImportDriver.open(browser, baseUrl);
    expect(await planner.whenStartingANewCampaign()).toBeNull();
    await planner.whenNamingItAndCreating('城东退散进集行动');

    await expect.poll(() => planner.page.locator('h1').textContent()).toContain('城东退散进集行动');
    await expect.poll(async () => (await planner.app.legendRows()).find((row) => row.stage === 'total')?.count).toBe('0');
    expect(await planner.app.text('notice')).toContain('已新建作战图“城东退散进集行动”');
    expect(await planner.app.text('ranking')).not.toContain('史桥镇');

    await planner.chooseFiles([join(FIXTURES, 'gk3-zone40-prj-cpg936.zip')]);
    await planner.previewShown();
    await planner.importNow();
    await expect.poll(() => planner.app.text('notice')).toContain('载入 4 个地块');
    expect((await planner.app.legendRows()).find((row) => row.stage === 'total')?.count).toBe('4');
    expect(await planner.page.locator('h1').textContent()).toContain('城东退散进集行动');
    const ranking = await planner.app.text('ranking');
    expect(ranking).toContain('史桥镇');
    expect(ranking).toContain('长安镇');
    expect(await planner.findings()).toContain('按地块的镇街道、村字段生成了 2 个镇街道');
    expect(planner.app.consoleErrors).toEqual([]);
    await planner.app.close();
  });

  it('says edits not yet exported stay kept for their file, and keeps the campaign when cancelled', async () => {
    const plot = [...demo.plots].filter((candidate) => candidate.stage === 'listed').sort((a, b) => b.areaMu - a.areaMu)[0];
    const [lon, lat] = insidePoint(plot);
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: `map=17/${lat}/${lon}` });
    await app.waitForMap();
    const editor = new EditDriver(app);
    await app.clickMapCentre();
    await editor.whenEditingTheSelectedPlot();
    await editor.whenSaving({ stage: 'signed', date: '2026-11-20' });
    await editor.waitForSavedEdits(2);

    const planner = ImportDriver.of(app);
    const warning = await planner.whenStartingANewCampaign();
    expect(warning).toContain('处修改尚未导出');
    expect(warning).toContain('修改按文件保存在本浏览器中');
    await planner.page.getByTestId('new-campaign-dialog').getByRole('button', { name: '取消' }).click();
    expect(await planner.page.locator('h1').textContent()).toContain(demo.campaign.name);
    await app.close();
  });
});
