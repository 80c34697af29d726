import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './driver';
import { readDemo } from './demo-data';
import { ImportDriver } from './import-driver';

const baseUrl = inject('baseUrl');
const demo = readDemo();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the app’s own GeoJSON export', () => {
  it('imports again through 导入数据 with nothing lost: every plot, the legend, the ledger and the ranking as before', async () => {
    // Tall enough for all ten townships to be in sight below the import's notice: the ranking
    // renders only the rows in sight, and its text is compared whole.
    const planner = await ImportDriver.open(browser, baseUrl, { height: 1200 });
    const legend = await planner.app.legendRows();
    const ranking = await planner.app.text('ranking');
    await planner.app.openLedger();
    const ledger = await planner.app.ledgerRows();
    const exported = await planner.app.download('export-geojson');

    await planner.chooseFiles([exported.path]);
    await expect.poll(() => planner.app.text('notice')).toContain(`载入 ${demo.plots.length} 个地块，拒绝 0 个`);
    await planner.waitForMap();
    expect(await planner.app.legendRows()).toEqual(legend);
    expect(await planner.app.text('ranking')).toBe(ranking);
    expect((await planner.app.ledgerRows()).map((row) => row.cells)).toEqual(ledger.map((row) => row.cells));
    expect(await planner.page.locator('h1').textContent()).toContain(demo.campaign.name);
    expect(planner.app.consoleErrors).toEqual([]);
    await planner.app.close();
  });
});
