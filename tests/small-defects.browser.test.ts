import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { booleanPointInPolygon, distance, point } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { plotsBounds } from '../src/domain/plot-labels/plots-bounds';
import { rankTownships } from '../src/domain/ranking';
import { progressByTownship } from '../src/domain/targets';
import { BattleMapDriver } from './battle-map-driver';
import { insidePoint, readDemo } from './demo-data';
import { launchBrowser, StaffDriver } from './driver';
import { toLonLat, toScreen } from './web-mercator';

/** The smaller things a new user ran into, each checked the way they met it. */
const baseUrl = inject('baseUrl');
const demo = readDemo();
const TOWNSHIP = '史桥镇';
const townshipPlots = demo.plots.filter((plot) => plot.township === TOWNSHIP);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function mapPosition(hash: string): { zoom: number; lat: number; lon: number } {
  const [zoom, lat, lon] = hash.replace('#map=', '').split('/').map(Number);
  return { zoom, lat, lon };
}

describe('small defects', () => {
  it('a shift-click that misses every plot keeps the picks and the overview', { timeout: 240_000 }, async () => {
    const plot = townshipPlots.reduce((most, candidate) => (candidate.areaMu > most.areaMu ? candidate : most));
    const [lon, lat] = insidePoint(plot);
    const zoom = 15;
    const app = await StaffDriver.openStaff(browser, baseUrl, { width: 1366, height: 768, hash: `map=${zoom}/${lat}/${lon}` });
    await app.waitForMap();
    const camera = { zoom, lat, lon, box: await app.mapBox() };
    const onPlot = toScreen(camera, lon, lat);
    await app.shiftClick(onPlot.x, onPlot.y);
    await app.page.getByTestId('picked-panel').waitFor();

    // A point of the township, on the map in view, at least 150 m from every plot's inside point and in none.
    const townships = JSON.parse(readFileSync('data/demo/townships.geojson', 'utf8')) as FeatureCollection;
    const boundary = townships.features.find((feature) => feature.properties?.name === TOWNSHIP) as Feature<Polygon>;
    let miss: { x: number; y: number } | null = null;
    for (let dx = -500; dx <= 500 && !miss; dx += 25) {
      for (let dy = -300; dy <= 300 && !miss; dy += 25) {
        const x = camera.box.x + camera.box.width / 2 + dx;
        const y = camera.box.y + camera.box.height / 2 + dy;
        // On the map itself, clear of its edges and of the picked plots' card on its right.
        if (x < camera.box.x + 40 || x > camera.box.x + camera.box.width * 0.6 || y < camera.box.y + 40 || y > camera.box.y + camera.box.height - 40) continue;
        const at = toLonLat(camera, x, y);
        const here = point(at);
        if (!booleanPointInPolygon(here, boundary)) continue;
        if (townshipPlots.some((candidate) => distance(here, point(insidePoint(candidate))) < 0.15 || booleanPointInPolygon(here, candidate.geometry))) continue;
        miss = { x, y };
      }
    }
    if (!miss) throw new Error('No empty spot of the township in view');
    await app.shiftClick(miss.x, miss.y);
    await app.waitForMap();
    expect(new URL(app.page.url()).searchParams.get('view')).toBeNull();
    expect(await app.page.getByTestId('picked-panel').count()).toBe(1);
    await app.close();
  });

  it('choosing a township in the filter moves the map to it; chips say they remove one condition; a reversed area range is flagged', { timeout: 240_000 }, async () => {
    const app = await StaffDriver.openStaff(browser, baseUrl, { width: 1366, height: 768 });
    await app.waitForMap();
    await app.page.getByTestId('filter-open').click();
    const before = await app.mapHash();
    await app.page.getByTestId('filter-township').selectOption(TOWNSHIP);
    await app.page.waitForFunction((previous) => window.location.hash !== previous, before);
    await app.waitForMap();
    const { lat, lon } = mapPosition(await app.mapHash());
    const [west, south, east, north] = plotsBounds(townshipPlots) as [number, number, number, number];
    expect(lon).toBeGreaterThan(west);
    expect(lon).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);

    const chipTitles = await app.page.locator('[data-testid=filter-chips] .filter-chip').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('title')));
    expect(chipTitles).toEqual(['移除此条件']);

    await app.page.getByTestId('filter-min-area').fill('50');
    await app.page.getByTestId('filter-max-area').fill('10');
    expect(await app.text('area-range-reversed')).toBe('面积范围的下限大于上限');
    await app.close();
  });

  it('a filter on one industry keeps the ranking and the completions measured on all plots, with its share beside them', { timeout: 240_000 }, async () => {
    const ranking = rankTownships(progressByTownship(demo.plots, demo.campaign.targets)).map((entry) => entry.township);
    const app = await StaffDriver.openStaff(browser, baseUrl, { width: 1920, height: 1080 });
    await app.waitForMap();
    const before = await app.text('county-targets');
    await app.whenFilteringByIndustry('化工');
    await app.page.getByTestId('filtered-share').first().waitFor();
    const rows = await app.page.locator('[data-testid=ranking] tbody tr[data-township]').evaluateAll((elements) => elements.map((row) => row.getAttribute('data-township')));
    expect(rows).toEqual(ranking);
    const after = await app.text('county-targets');
    for (const completion of before.match(/\d+\.\d%/g) ?? []) expect(after).toContain(completion);
    expect(after).toContain('其中筛选部分');
    await app.close();
  });

  it('on a battle map the ledger under the map, its count and its CSV hold that township’s plots only', { timeout: 240_000 }, async () => {
    const battleMap = await BattleMapDriver.openBattleMap(browser, baseUrl, TOWNSHIP, { width: 1366, height: 768 });
    const app = Object.setPrototypeOf(battleMap.app, StaffDriver.prototype) as StaffDriver;
    expect(await app.text('ledger-count')).toContain(`${townshipPlots.length} 块`);
    const csv = await app.download('export-csv');
    expect(csv.text.trim().split('\n')).toHaveLength(townshipPlots.length + 1);
    await app.close();
  });
});
