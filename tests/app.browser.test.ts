import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatMu } from '../src/domain/format';
import { summarizePlots } from '../src/domain/summarize';
import { AppDriver, hexToRgb, launchBrowser } from './driver';
import { insidePoint, readDemo } from './demo-data';

const baseUrl = inject('baseUrl');
const demo = readDemo();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function largestPlotAt(stage: string) {
  return demo.plots.filter((plot) => plot.stage === stage).sort((a, b) => b.areaMu - a.areaMu)[0];
}

describe('the demo campaign', () => {
  it('opens offline: no console errors, nothing requested outside the origin, fonts served by the app', async () => {
    const app = await AppDriver.open(browser, baseUrl);
    await app.waitForMap();
    expect(await app.page.locator('h1').textContent()).toContain(demo.campaign.name);
    expect(await app.page.locator('.demo-badge').textContent()).toContain('示例数据');
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.requests.some((url) => url.startsWith(app.origin) && url.endsWith('.woff2'))).toBe(true);
    await app.close();
  });

  it('fills each plot with its stage colour', async () => {
    const app = await AppDriver.open(browser, baseUrl);
    await app.waitForMap();
    for (const stage of demo.campaign.stages) {
      const [lon, lat] = insidePoint(largestPlotAt(stage.key));
      await app.jumpTo(lon, lat, 17);
      expect({ stage: stage.key, colour: await app.colourAtMapCentre() }).toEqual({ stage: stage.key, colour: hexToRgb(stage.color) });
    }
    await app.close();
  });

  it('draws the plots when the map’s script arrives after them, as on a slow link', async () => {
    const total = `[data-testid=legend] tr[data-stage=total] td:text-is("${demo.plots.length}")`;
    const app = await AppDriver.open(browser, baseUrl, { mapScriptAfter: total });
    await app.waitForMap();
    expect(app.mapScriptHeldUntilMapStarted).toBe(true);
    expect(await app.page.locator('[data-testid=map]').getAttribute('data-plots')).toBe(String(demo.plots.length));
    const plot = largestPlotAt(demo.campaign.stages[0].key);
    const [lon, lat] = insidePoint(plot);
    await app.jumpTo(lon, lat, 17);
    expect(await app.colourAtMapCentre()).toEqual(hexToRgb(demo.campaign.stages[0].color));
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('keeps the map the same size while the campaign arrives, so its canvas is not drawn anew', async () => {
    // Notes every size the map's box takes, from the first render until the panels are filled.
    const watchMapSize = `window.mapSizes = [];
      const sizes = new ResizeObserver(([entry]) => window.mapSizes.push(Math.round(entry.contentRect.width) + '×' + Math.round(entry.contentRect.height)));
      new MutationObserver((_, observer) => {
        const map = document.querySelector('[data-testid=map]');
        if (map) { sizes.observe(map); observer.disconnect(); }
      }).observe(document, { subtree: true, childList: true });`;
    const app = await AppDriver.open(browser, baseUrl, { initScript: watchMapSize, plotsAfter: '[data-testid=map]' });
    await app.waitForMap();
    await app.page.getByTestId('ledger-toggle').waitFor();
    await app.page.getByTestId('as-of-date').waitFor();
    const sizes = (await app.page.evaluate('window.mapSizes')) as string[];
    expect(sizes.length).toBeGreaterThan(0);
    expect(new Set(sizes).size, sizes.join(' → ')).toBe(1);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('sets up drawing the labels before the map makes its WebGL context, so the first labels do not wait for its frames', async () => {
    // Notes, in order, the first drawing call on a canvas like the one maplibre draws glyphs on,
    // and each WebGL context made.
    const watchCanvases = `window.canvasOrder = [];
      const clearRect = OffscreenCanvasRenderingContext2D.prototype.clearRect;
      OffscreenCanvasRenderingContext2D.prototype.clearRect = function (...args) {
        if (!window.canvasOrder.includes('2d')) window.canvasOrder.push('2d');
        return clearRect.apply(this, args);
      };
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        if (type === 'webgl2' || type === 'webgl') window.canvasOrder.push('webgl');
        return getContext.call(this, type, ...rest);
      };`;
    const app = await AppDriver.open(browser, baseUrl, { initScript: watchCanvases });
    await app.waitForMap();
    const order = (await app.page.evaluate('window.canvasOrder')) as string[];
    expect(order[0], order.join(' → ')).toBe('2d');
    expect(order).toContain('webgl');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('lists every stage in the legend with the domain’s plot count and mu', async () => {
    const summary = summarizePlots(demo.plots, demo.campaign.reportingDate);
    const app = await AppDriver.open(browser, baseUrl);
    await app.waitForMap();
    const expected = demo.campaign.stages.map((stage) => ({
      stage: stage.key as string,
      label: stage.label,
      count: String(summary.byStage[stage.key].count),
      mu: formatMu(summary.byStage[stage.key].areaMu),
    }));
    expected.push({ stage: 'total', label: '合计', count: String(summary.plotCount), mu: formatMu(summary.areaMu) });
    expect(await app.legendRows()).toEqual(expected);
    await app.close();
  });

  it('shows every property of a clicked plot', async () => {
    const plot = largestPlotAt('signed');
    const [lon, lat] = insidePoint(plot);
    const app = await AppDriver.open(browser, baseUrl, { hash: `map=17/${lat}/${lon}` });
    await app.waitForMap();
    await app.clickMapCentre();
    const details = await app.plotDetailsText();
    expect(details).toContain(plot.name);
    expect(details).toContain(plot.id);
    expect(details).toContain('已签约');
    expect(details).toContain(`测算面积 ${formatMu(plot.areaMu)} 亩`);
    for (const key of Object.keys(plot.properties)) expect(details).toContain(key);
    await app.close();
  });

  it('switches to English and remembers it', async () => {
    const app = await AppDriver.open(browser, baseUrl);
    await app.waitForMap();
    await app.page.getByRole('button', { name: 'English' }).click();
    expect(await app.page.locator('[data-testid=legend] thead').textContent()).toContain('Stage');
    await app.page.reload();
    await app.waitForMap();
    expect(await app.page.locator('[data-testid=legend] thead').textContent()).toContain('Stage');
    expect(await app.page.locator('[data-testid=legend] tr[data-stage=signed] th').textContent()).toBe('Signed');
    await app.close();
  });
});

describe('other data', () => {
  it('loads ?campaign= and shows property values as text, never as HTML', async () => {
    const app = await AppDriver.open(browser, baseUrl, { query: 'campaign=fixtures/xss/campaign.json', hash: 'map=17/30.60075/120.501' });
    let dialogs = 0;
    app.page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await app.waitForMap();
    await app.clickMapCentre();
    const details = await app.plotDetailsText();
    expect(details).toContain('<img src=x onerror=alert(1)>');
    expect(details).toContain('<script>alert(2)</script>');
    expect(details).toContain('<b>kept as text</b>');
    expect(await app.page.locator('h1').textContent()).toContain('测试<b>活动</b>');
    expect(await app.page.locator('[data-testid=plot-details] img, h1 b').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('refuses a campaign from another origin with a clear message', async () => {
    const app = await AppDriver.open(browser, baseUrl, { query: 'campaign=http://example.invalid/campaign.json' });
    await expect.poll(() => app.page.getByTestId('load-error').count()).toBe(1);
    expect(await app.text('load-error')).toContain('只能打开本站点内的数据文件');
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });

  it('opens a picked GeoJSON: keeps good plots, counts the rejected, and survives a broken file', async () => {
    const app = await AppDriver.open(browser, baseUrl);
    await app.waitForMap();
    await app.page.getByTestId('file-input').setInputFiles('tests/fixtures/files/broken.geojson');
    await expect.poll(() => app.text('notice')).toContain('broken.geojson 不是有效的 JSON/GeoJSON 文件');
    expect(await app.page.locator('[data-testid=legend] tr[data-stage=total] td').first().textContent()).toBe(String(demo.plots.length));

    await app.page.getByTestId('file-input').setInputFiles('tests/fixtures/files/mixed.geojson');
    await expect.poll(() => app.text('notice')).toContain('共 3 个要素，载入 2 个地块，拒绝 1 个');
    expect(await app.page.locator('[data-testid=legend] tr[data-stage=total] td').first().textContent()).toBe('2');
    expect(await app.text('load-counts')).toContain('载入 2，拒绝 1');
    await app.close();
  });
});
