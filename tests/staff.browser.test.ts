import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { geodesicAreaM2 } from '../src/domain/area';
import { EMPTY_FILTER, filterPlots } from '../src/domain/filter';
import { formatMu } from '../src/domain/format';
import { geodesicLengthM } from '../src/domain/line-length';
import { loadPlots } from '../src/domain/load-plots';
import { plotsInsideOutline } from '../src/domain/outline';
import { summarizePlots, type PlotSummary } from '../src/domain/summarize';
import type { Plot } from '../src/domain/types';
import { hexToRgb, launchBrowser, StaffDriver, type Rgb } from './driver';
import { insidePoint, readDemo } from './demo-data';
import { toLonLat, toScreen, type MapCamera } from './web-mercator';

const baseUrl = inject('baseUrl');
const demo = readDemo();
const reportingDate = demo.campaign.reportingDate;
/** What the map shows where no plot is drawn: a township's fill, or the background outside. */
const EMPTY_GROUND = [hexToRgb('#f8f8f4'), hexToRgb('#eef1ec')];
/** The clicked plot's outline and a picked plot's dashes (base-style.ts). */
const SELECTED_OUTLINE = '#111111';
const PICKED_OUTLINE = '#1f3a5f';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function industryCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const plot of demo.plots) counts.set(plot.industry, (counts.get(plot.industry) ?? 0) + 1);
  return counts;
}

/** The demo's most common industry: the one the tests filter by. */
const INDUSTRY = [...industryCounts()].sort((a, b) => b[1] - a[1])[0][0];
const OF_INDUSTRY = filterPlots(demo.plots, { ...EMPTY_FILTER, industries: [INDUSTRY] }, reportingDate);
const HIDDEN = demo.plots.length - OF_INDUSTRY.length;

function largest(plots: readonly Plot[]): Plot {
  return [...plots].sort((a, b) => b.areaMu - a.areaMu)[0];
}

function stageColour(plot: Plot) {
  const stage = demo.campaign.stages.find((candidate) => candidate.key === plot.stage);
  if (!stage) throw new Error(`no stage ${plot.stage}`);
  return hexToRgb(stage.color);
}

function legendOf(summary: PlotSummary) {
  const rows = demo.campaign.stages.map((stage) => ({
    stage: stage.key,
    label: stage.label,
    count: String(summary.byStage[stage.key].count),
    mu: formatMu(summary.byStage[stage.key].areaMu),
  }));
  return [...rows, { stage: 'total', label: '合计', count: String(summary.plotCount), mu: formatMu(summary.areaMu) }];
}

function hashAt(plot: Plot, zoom = 17): string {
  const [lon, lat] = insidePoint(plot);
  return `map=${zoom}/${lat}/${lon}`;
}

describe('filtering', () => {
  it('shows exactly one industry’s plots on the map, with the domain’s figures in the legend', async () => {
    const kept = largest(OF_INDUSTRY);
    const dropped = largest(demo.plots.filter((plot) => plot.industry !== INDUSTRY));

    const onKept = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(kept) });
    await onKept.waitForMap();
    expect(await onKept.colourAtMapCentre()).toEqual(stageColour(kept));
    await onKept.whenFilteringByIndustry(INDUSTRY);
    await onKept.waitForFilteredMap(HIDDEN);
    expect(await onKept.colourAtMapCentre()).toEqual(stageColour(kept));
    expect(await onKept.legendRows()).toEqual(legendOf(summarizePlots(OF_INDUSTRY, reportingDate)));
    expect(await onKept.filterChips()).toEqual([`${INDUSTRY} ×`]);
    expect(onKept.consoleErrors).toEqual([]);
    await onKept.close();

    const onDropped = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(dropped) });
    await onDropped.waitForMap();
    expect(await onDropped.colourAtMapCentre()).toEqual(stageColour(dropped));
    await onDropped.whenFilteringByIndustry(INDUSTRY);
    await onDropped.waitForFilteredMap(HIDDEN);
    expect(EMPTY_GROUND).toContainEqual(await onDropped.colourAtMapCentre());
    await onDropped.close();
  });

  it('counts beside each industry the plots that ticking it would show, following the rest of the filter', async () => {
    const countsOf = (plots: readonly Plot[]) => {
      const counts: Record<string, number> = Object.fromEntries([...industryCounts().keys()].map((industry) => [industry, 0]));
      for (const plot of plots) counts[plot.industry]++;
      return counts;
    };
    const stage = largest(OF_INDUSTRY).stage;
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(largest(demo.plots), 14) });
    await app.waitForMap();
    expect(await app.industryOptionCounts()).toEqual(countsOf(demo.plots));
    await app.whenFilteringByStage(stage);
    await expect.poll(() => app.industryOptionCounts()).toEqual(countsOf(demo.plots.filter((plot) => plot.stage === stage)));
    await app.close();
  });

  it('counts beside each village, once the list is opened, the plots that choosing it would show', async () => {
    const villageCounts = (plots: readonly Plot[]) => {
      const counts: Record<string, number> = Object.fromEntries(demo.plots.map((plot) => [plot.village, 0]));
      for (const plot of plots) counts[plot.village]++;
      return counts;
    };
    const stage = largest(OF_INDUSTRY).stage;
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(largest(demo.plots), 14) });
    await app.waitForMap();
    await app.whenFilteringByStage(stage);
    await app.waitForFilteredMap(demo.plots.filter((plot) => plot.stage !== stage).length);
    await expect.poll(() => app.villageOptionCounts()).toEqual(villageCounts(demo.plots.filter((plot) => plot.stage === stage)));
    await app.close();
  });

  it('says when nothing matches, and clears with one click', async () => {
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(largest(demo.plots), 14) });
    await app.waitForMap();
    await app.whenSearching('没有这样的企业');
    await app.waitForFilteredMap(demo.plots.length);
    expect(await app.text('no-match')).toBe('没有符合筛选条件的地块');
    expect(await app.legendRows()).toEqual(legendOf(summarizePlots([], reportingDate)));
    await app.whenClearingTheFilter();
    await app.waitForFilteredMap(0);
    expect(await app.isShown('filter-chips')).toBe(false);
    expect(await app.legendRows()).toEqual(legendOf(summarizePlots(demo.plots, reportingDate)));
    await app.close();
  });
});

describe('a shared link', () => {
  it('opens the same view in a fresh page: filter, legend figures and map centre', async () => {
    const plot = largest(OF_INDUSTRY.filter((candidate) => candidate.stage === OF_INDUSTRY[0].stage));
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(plot, 15) });
    await app.waitForMap();
    await app.whenFilteringByIndustry(INDUSTRY);
    await app.whenFilteringByStage(plot.stage);
    const hidden = demo.plots.length - OF_INDUSTRY.filter((candidate) => candidate.stage === plot.stage).length;
    await app.waitForFilteredMap(hidden);
    const hash = await app.mapHash();
    expect(hash).toMatch(/^#map=15\/30\.\d+\/120\.\d+$/);
    const link = await app.copyLink();
    const legend = await app.legendRows();
    const chips = await app.filterChips();
    const centre = await app.colourAtMapCentre();
    expect(new URL(link).hash).toBe(hash);
    expect(new URL(link).searchParams.getAll('industry')).toEqual([INDUSTRY]);
    // The address bar itself follows the filter a moment after the last change.
    await expect.poll(() => app.address()).toBe(link);
    await app.close();

    const opened = await StaffDriver.openStaff(browser, link.replace(/[?#].*$/, ''), {
      query: new URL(link).search.slice(1),
      hash: new URL(link).hash.slice(1),
    });
    await opened.waitForFilteredMap(hidden);
    expect(await opened.filterChips()).toEqual(chips);
    expect(await opened.legendRows()).toEqual(legend);
    expect(await opened.mapHash()).toBe(new URL(link).hash);
    expect(await opened.colourAtMapCentre()).toEqual(centre);
    expect(centre).toEqual(stageColour(plot));
    await opened.close();
  });
});

describe('a shared township link', () => {
  it('opens the battle map where the link points, not fitted to the township', async () => {
    const township = '史桥镇';
    const plot = largest(demo.plots.filter((candidate) => candidate.township === township));
    const [lon, lat] = insidePoint(plot);
    const app = await StaffDriver.openStaff(browser, baseUrl, { query: `view=township&township=${encodeURIComponent(township)}`, hash: `map=16/${lat}/${lon}` });
    await app.page.waitForSelector(`[data-testid=map][data-focus="${township}"][data-idle=true]`);
    const [zoom, shownLat, shownLon] = (await app.mapHash()).replace('#map=', '').split('/').map(Number);
    expect(zoom).toBeCloseTo(16, 2);
    expect(shownLat).toBeCloseTo(lat, 4);
    expect(shownLon).toBeCloseTo(lon, 4);
    await app.close();
  });
});

describe('measuring', () => {
  const plot = largest(demo.plots);
  const [lon, lat] = insidePoint(plot);

  async function openMeasuring(): Promise<{ app: StaffDriver; camera: MapCamera }> {
    const zoom = 15;
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: `map=${zoom}/${lat}/${lon}` });
    await app.waitForMap();
    return { app, camera: { zoom, lat, lon, box: await app.mapBox() } };
  }

  it('loads the drawing tool only when measuring starts, then draws at once', async () => {
    const { app, camera } = await openMeasuring();
    const drawingScripts = () => app.requests.filter((url) => /terra-draw/.test(url));
    expect(drawingScripts()).toEqual([]);
    const centre = toScreen(camera, lon, lat);
    await app.drawPolygon([
      { x: centre.x - 60, y: centre.y - 60 },
      { x: centre.x + 60, y: centre.y - 60 },
      { x: centre.x + 60, y: centre.y + 60 },
    ]);
    expect(drawingScripts().length).toBeGreaterThan(0);
    expect(await app.text('measure-result')).toMatch(/亩/);
    await app.close();
  });

  it('reads a drawn square’s area in mu, m² and hectares on the ellipsoid, and sums the plots inside', async () => {
    const { app, camera } = await openMeasuring();
    // A square of 400 m a side around the largest plot, drawn by clicking its corners.
    const halfLat = 200 / 110_850;
    const halfLon = 200 / (111_320 * Math.cos((lat * Math.PI) / 180));
    const corners = [
      toScreen(camera, lon - halfLon, lat - halfLat),
      toScreen(camera, lon + halfLon, lat - halfLat),
      toScreen(camera, lon + halfLon, lat + halfLat),
      toScreen(camera, lon - halfLon, lat + halfLat),
    ].map(({ x, y }) => ({ x: Math.round(x), y: Math.round(y) }));
    await app.drawPolygon(corners);
    const drawn = corners.map((corner) => toLonLat(camera, corner.x, corner.y));
    const outline = { type: 'Polygon' as const, coordinates: [[...drawn, drawn[0]]] };
    const reference = geodesicAreaM2(outline);
    expect(reference).toBeGreaterThan(150_000);

    // Within 0.02 %: tighter than the 0.1 %, and tight enough to fail on a sphere (+0.1 % here).
    const squareMetres = Number(await app.text('measure-square-metres'));
    expect(Math.abs(squareMetres - reference) / reference).toBeLessThan(0.0002);
    expect(Math.abs(Number(await app.text('measure-mu')) - reference / (10000 / 15)) / (reference / (10000 / 15))).toBeLessThan(0.001);
    expect(Math.abs(Number(await app.text('measure-hectares')) - reference / 10000)).toBeLessThan(reference / 10000 / 1000);

    const inside = summarizePlots(plotsInsideOutline(demo.plots, outline), reportingDate);
    expect(inside.plotCount).toBeGreaterThan(0);
    const total = (await app.tallyRows('measure-inside')).find((row) => row.stage === 'total');
    expect(total).toEqual({ stage: 'total', count: `${inside.plotCount} 块`, mu: `${formatMu(inside.areaMu)} 亩` });
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('reads a drawn line’s length in metres and kilometres on the ellipsoid', async () => {
    const { app, camera } = await openMeasuring();
    // Clear of the legend in the map's bottom left corner.
    const points = [
      { x: camera.box.x + 320, y: camera.box.y + 420 },
      { x: camera.box.x + 520, y: camera.box.y + 200 },
      { x: camera.box.x + 720, y: camera.box.y + 400 },
    ];
    await app.drawLine(points);
    const reference = geodesicLengthM(points.map((point) => toLonLat(camera, point.x, point.y)));
    const metres = Number((await app.text('measure-metres')).replace(/[^\d.]/g, ''));
    expect(Math.abs(metres - reference) / reference).toBeLessThan(0.001);
    expect(await app.text('measure-kilometres')).toBe(`${(metres / 1000).toFixed(3)} 千米`);
    await app.close();
  });
});

describe('the ledger and picks', () => {
  it('sorts by a column, and a row click flies the map to its plot and shows it', async () => {
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(demo.plots[0], 14) });
    await app.waitForMap();
    await app.openLedger();
    await app.sortLedgerBy('面积(亩)');
    const biggest = largest(demo.plots);
    await expect.poll(async () => (await app.ledgerRows())[0]?.index).toBe(biggest.index);
    const [first] = await app.ledgerRows();
    expect(first.cells[0]).toBe('1');
    expect(first.cells).toContain(formatMu(biggest.areaMu));
    await app.clickLedgerRow(0);
    await expect.poll(() => app.plotDetailsText()).toContain(biggest.name);
    await expect.poll(() => app.mapHash()).not.toBe(`#${hashAt(demo.plots[0], 14)}`);
    await app.waitForMap();
    expect(await app.colourAtMapCentre()).toEqual(stageColour(biggest));
    await app.close();
  });

  it('scrolls to and marks the row of a plot clicked on the map', async () => {
    const last = demo.plots[demo.plots.length - 1];
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(last) });
    await app.waitForMap();
    await app.openLedger();
    expect(await app.ledgerRowInSight(last.index)).toBe(false);
    await app.clickMapCentre();
    await expect.poll(() => app.ledgerRowInSight(last.index)).toBe(true);
    expect((await app.ledgerRows()).find((row) => row.index === last.index)?.selected).toBe(true);
    await app.close();
  });

  it('sums plots picked by shift-click and by a shift-drag box', async () => {
    const plot = largest(demo.plots.filter((candidate) => candidate.stage === 'signed'));
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(plot) });
    await app.waitForMap();
    const { x, y } = await app.mapCentre();
    await app.shiftClick(x, y);
    expect(await app.tallyRows('picked-tally')).toEqual([
      { stage: 'signed', count: '1 块', mu: `${formatMu(plot.areaMu)} 亩` },
      { stage: 'total', count: '1 块', mu: `${formatMu(plot.areaMu)} 亩` },
    ]);
    await app.shiftClick(x, y);
    expect(await app.isShown('picked-panel')).toBe(false);
    await app.shiftDrag({ x: x - 3, y: y - 3 }, { x: x + 3, y: y + 3 });
    await expect.poll(() => app.tallyRows('picked-tally')).toEqual([
      { stage: 'signed', count: '1 块', mu: `${formatMu(plot.areaMu)} 亩` },
      { stage: 'total', count: '1 块', mu: `${formatMu(plot.areaMu)} 亩` },
    ]);
    await app.close();
  });
});

describe('outlines of marked plots', () => {
  /** Within a few steps of 255 per channel: the outline colour, blended at most a little at its edge. */
  const near = (colours: readonly Rgb[], hex: string) => {
    const [r, g, b] = hexToRgb(hex);
    return colours.some((colour) => Math.abs(colour[0] - r) + Math.abs(colour[1] - g) + Math.abs(colour[2] - b) <= 24);
  };

  it('outlines the clicked plot and a picked plot, and neither once the filter hides it', async () => {
    const plot = largest(demo.plots.filter((candidate) => candidate.industry !== INDUSTRY));
    const zoom = 17;
    const [lon, lat] = insidePoint(plot);
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: `map=${zoom}/${lat}/${lon}` });
    await app.waitForMap();
    const camera: MapCamera = { zoom, lat, lon, box: await app.mapBox() };
    const ring = plot.geometry.type === 'Polygon' ? plot.geometry.coordinates[0] : plot.geometry.coordinates[0][0];
    const edge = toScreen(camera, (ring[0][0] + ring[1][0]) / 2, (ring[0][1] + ring[1][1]) / 2);
    const around = () => app.coloursAround(edge.x, edge.y, 3);
    expect(near(await around(), SELECTED_OUTLINE)).toBe(false);

    await app.clickMapCentre();
    await expect.poll(async () => near(await around(), SELECTED_OUTLINE)).toBe(true);
    const { x, y } = await app.mapCentre();
    await app.shiftClick(x, y);
    await expect.poll(async () => near(await around(), PICKED_OUTLINE)).toBe(true);

    await app.whenFilteringByIndustry(INDUSTRY);
    await app.waitForFilteredMap(HIDDEN);
    await expect.poll(async () => {
      const colours = await around();
      return near(colours, SELECTED_OUTLINE) || near(colours, PICKED_OUTLINE);
    }).toBe(false);
    await app.close();
  });
});

describe('exports of what is filtered', () => {
  it('writes the ledger as CSV for Excel: BOM, Chinese header, one row per plot, mu to two decimals', async () => {
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(largest(OF_INDUSTRY), 14) });
    await app.waitForMap();
    await app.whenFilteringByIndustry(INDUSTRY);
    await app.waitForFilteredMap(HIDDEN);
    const file = await app.download('export-csv');
    expect(file.name).toMatch(/台账.*\.csv$/);
    expect(file.text.startsWith('\uFEFF序号,地块编号,企业名称,镇街道,村,行业,')).toBe(true);
    const lines = file.text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(OF_INDUSTRY.length + 2);
    const plot = OF_INDUSTRY[0];
    const row = lines.find((line) => line.split(',')[1] === plot.id);
    expect(row?.split(',')).toContain(formatMu(plot.areaMu));
    expect(row).toContain(INDUSTRY);
    await app.close();
  });

  it('writes the filtered plots as GeoJSON that opens again as the same plots', async () => {
    const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(largest(OF_INDUSTRY), 14) });
    await app.waitForMap();
    await app.whenFilteringByIndustry(INDUSTRY);
    await app.waitForFilteredMap(HIDDEN);
    const file = await app.download('export-geojson');
    expect(file.name).toMatch(/\.geojson$/);
    const reread = loadPlots(JSON.parse(readFileSync(file.path, 'utf8')));
    expect(reread.rejectedCount).toBe(0);
    expect(reread.plots.map((plot) => plot.properties)).toEqual(OF_INDUSTRY.map((plot) => plot.properties));
    expect(reread.plots.map((plot) => plot.geometry)).toEqual(OF_INDUSTRY.map((plot) => plot.geometry));

    await app.openFile(file.path);
    await expect.poll(() => app.text('notice')).toContain(`载入 ${OF_INDUSTRY.length} 个地块，拒绝 0 个`);
    expect(await app.legendRows()).toEqual(legendOf(summarizePlots(OF_INDUSTRY, reportingDate)));
    await app.close();
  });
});
