import type { Browser } from 'playwright-core';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildBattleMapSheet } from '../src/domain/battle-map-sheet';
import { formatCompletion } from '../src/domain/format';
import { METRIC_DEFINITIONS } from '../src/domain/metrics';
import { rankTownships } from '../src/domain/ranking';
import { progressByTownship } from '../src/domain/targets';
import { plotsBounds } from '../src/domain/plot-labels/plots-bounds';
import { fitFrame, project } from '../src/io/poster/map-frame';
import { mapPadding, posterLayout } from '../src/io/poster/poster-layout';
import { smallestTextPixels } from '../src/io/poster/poster-sizes';
import { BattleMapDriver } from './battle-map-driver';
import { hexToRgb, launchBrowser } from './driver';
import { insidePoint, readDemo } from './demo-data';
import { pdfText } from './pdf-text';

const baseUrl = inject('baseUrl');
const demo = readDemo();
const REPORT_TOWNSHIP = '史桥镇';
/** The published report the demo township reproduces: signed, demolished and saved quota, done and completion. */
const REPORT_FIGURES = ['402.20', '160.8%', '248.80', '146.3%', '213.00', '125.3%'];
const townships = [...progressByTownship(demo.plots, demo.campaign.targets).keys()];
const reportPlots = demo.plots.filter((plot) => plot.township === REPORT_TOWNSHIP);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a township battle map', () => {
  it('opens by link with its title, date, the published figures and one ledger row per plot', { timeout: 240_000 }, async () => {
    const battleMap = await BattleMapDriver.openBattleMap(browser, baseUrl, REPORT_TOWNSHIP);
    expect(await battleMap.title()).toBe(`${REPORT_TOWNSHIP}${demo.campaign.name}作战图`);
    const text = await battleMap.visibleText();
    expect(text).toContain(`截至 ${demo.campaign.reportingDate}`);
    for (const figure of REPORT_FIGURES) expect(text).toContain(figure);
    expect(text).toContain('超额完成');
    expect(await battleMap.ledgerRowCount()).toBe(reportPlots.length);
    expect(battleMap.app.consoleErrors).toEqual([]);
    await battleMap.close();
  });

  it('marks overdue plots in words and colour', { timeout: 240_000 }, async () => {
    const sheet = buildBattleMapSheet(demo.campaign, REPORT_TOWNSHIP, demo.plots, demo.plots);
    const battleMap = await BattleMapDriver.openBattleMap(browser, baseUrl, REPORT_TOWNSHIP);
    const overdue = await battleMap.overdueRows();
    expect(overdue).toHaveLength(sheet.rows.filter((row) => row.overdue).length);
    expect(overdue.length).toBeGreaterThan(0);
    for (const row of overdue) expect(row).toMatch(/^rgb\(253, 232, 230\) .*逾期/);
    await battleMap.close();
  });

  it('opens from the overview ranking, showing the same figures', { timeout: 240_000 }, async () => {
    const battleMap = await BattleMapDriver.open(browser, baseUrl);
    await battleMap.whenClickingTheRankingRow(REPORT_TOWNSHIP);
    expect(battleMap.currentPage()).toEqual({ view: 'township', township: REPORT_TOWNSHIP });
    const text = await battleMap.visibleText();
    for (const figure of REPORT_FIGURES) expect(text).toContain(figure);
    expect(await battleMap.ledgerRowCount()).toBe(reportPlots.length);
    await battleMap.close();
  });

  it('prints on A3 landscape with the same figures, every ledger row’s whole stage word and 逾期, and no app buttons', { timeout: 240_000 }, async () => {
    const battleMap = await BattleMapDriver.openBattleMap(browser, baseUrl, REPORT_TOWNSHIP);
    const printed = await pdfText(await battleMap.printToPdf());
    // The battle map's page, and the ledger's continuation at 7 pt or more.
    expect(printed.pages).toBe(2);
    const sheet = buildBattleMapSheet(demo.campaign, REPORT_TOWNSHIP, demo.plots, demo.plots);
    const compact = printed.text.normalize('NFKC').replace(/\s+/g, '');
    const occurrences = (word: string) => compact.split(word).length - 1;
    for (const stage of demo.campaign.stages) {
      const rows = sheet.rows.filter((row) => row.plot.stage === stage.key).length;
      expect({ stage: stage.label, atLeast: occurrences(stage.label) >= rows }).toEqual({ stage: stage.label, atLeast: true });
    }
    expect(occurrences('逾期')).toBeGreaterThanOrEqual(sheet.rows.filter((row) => row.overdue).length);
    for (const figure of REPORT_FIGURES) expect(printed.text).toContain(figure);
    expect(printed.text).toContain(demo.campaign.reportingDate);
    expect(printed.text).not.toContain('导出海报');
    expect(printed.text).not.toContain('会议模式');
    // The township's trend prints under the map: its title, months and lines' key.
    for (const words of [`${REPORT_TOWNSHIP}进度趋势`, '1月', '11月', '签约402.20/250.10亩', '时序进度线']) expect(compact).toContain(words);
    await battleMap.close();
  });

  it('prints every text at 7 pt or more, and a map drawn for its own frame with every plot number at 7 pt or more', { timeout: 240_000 }, async () => {
    const battleMap = await BattleMapDriver.openBattleMap(browser, baseUrl, REPORT_TOWNSHIP);
    const printed = await battleMap.printedTextAndFrame();
    expect({ smallestPt: printed.smallestPt >= 6.99, in: printed.smallestIn }).toEqual({ smallestPt: true, in: printed.smallestIn });
    // The frame shows a drawing of its own shape (not the screen's map squeezed in), and the screen's map is not printed.
    expect(printed.frameAspect).toBeCloseTo(printed.drawnAspect, 2);
    expect(printed.screenMapShown).toBe(false);
    const numbers = await battleMap.printedNumbers();
    expect(numbers).toEqual({ count: reportPlots.length, unplaced: 0, sizePt: numbers.sizePt });
    expect(numbers.sizePt).toBeGreaterThanOrEqual(7);
    await battleMap.close();
  });
});

describe('the overview ranking', () => {
  const progress = progressByTownship(demo.plots, demo.campaign.targets);
  const ranked = rankTownships(progress);
  const ranking = ranked.map((entry) => `${entry.rank ?? '—'} ${entry.township}`);
  /** Each row's completions as printed, run together (PDF text spaces out CJK and may give radicals for characters). */
  const rowFigures = ranked.map((entry) =>
    [...METRIC_DEFINITIONS.map((definition) => formatCompletion(progress.get(entry.township)?.[definition.key].completion ?? null, 'zh')), formatCompletion(entry.score, 'zh')].join(''),
  );

  it('holds only the rows in sight, prints them all, and shows the rest in order as the sidebar scrolls', { timeout: 240_000 }, async () => {
    // A short window: the county panel leaves room for a few of the ten townships.
    const battleMap = await BattleMapDriver.open(browser, baseUrl, { width: 1280, height: 640 });
    const held = await battleMap.rankingRowsRendered();
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(ranking.length);
    expect(held).toEqual(ranking.slice(0, held.length));

    const printed = (await pdfText(await battleMap.printToPdf())).text.normalize('NFKC').replace(/\s+/g, '');
    for (const figures of rowFigures) expect(printed).toContain(figures);

    await battleMap.whenScrollingTheSidebarToTheEnd();
    const inSight = await battleMap.rankingRowsInSight();
    expect(inSight.length).toBeGreaterThan(1);
    expect(inSight).toEqual(ranking.slice(ranking.length - inSight.length));

    await battleMap.close();
  });
});

describe('meeting mode', () => {
  it('steps with the keys through every township, the week’s report, then the ranking, and back; Esc leaves', { timeout: 240_000 }, async () => {
    const meeting = await BattleMapDriver.open(browser, baseUrl, { width: 1920, height: 1080 });
    await meeting.whenPressing('f');
    expect(await meeting.isInMeeting()).toBe(true);
    const seen = [meeting.currentPage()];
    for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown']) {
      await meeting.whenPressing(key);
      seen.push(meeting.currentPage());
    }
    expect(seen).toEqual([
      ...townships.map((township) => ({ view: 'township', township })),
      { view: 'weekly', township: null },
      { view: 'ranking', township: null },
    ]);
    expect(await meeting.smallestFontSize('[data-testid=ranking] td, [data-testid=ranking] th')).toBeGreaterThanOrEqual(20);
    await meeting.whenPressing('PageUp');
    expect(meeting.currentPage()).toEqual({ view: 'weekly', township: null });
    await meeting.whenPressing('PageUp');
    expect(meeting.currentPage()).toEqual({ view: 'township', township: townships.at(-1) });
    expect(await meeting.title()).toContain(`${townships.at(-1)}${demo.campaign.name}作战图`);
    expect(await meeting.smallestFontSize('[data-testid=battle-ledger] td, [data-testid=township-targets] td, [data-testid=legend] td')).toBeGreaterThanOrEqual(20);
    await meeting.whenPressing('Escape');
    expect(await meeting.isInMeeting()).toBe(false);
    await meeting.close();
  });
});

describe('the poster', () => {
  it('exports A3 at 4961 × 3508 px with each stage’s colour at its plots, every number and ledger row at 7 pt or more', { timeout: 240_000 }, async () => {
    const battleMap = await BattleMapDriver.openBattleMap(browser, baseUrl, REPORT_TOWNSHIP);
    const files = await battleMap.exportPoster('a3');
    const png = PNG.sync.read(files[0]);
    expect([png.width, png.height]).toEqual([4961, 3508]);
    expect(await battleMap.posterStatus()).toContain('4961×3508');
    // At 300 dpi, 7 pt is 29 px: the ledger's rows that do not fit beside the map go on a second sheet, and the status says so.
    const drawn = await battleMap.posterDrawn();
    expect(drawn).toEqual({ sheets: 2, numbers: reportPlots.length, unplaced: 0, numberPt: drawn.numberPt, ledgerPt: drawn.ledgerPt });
    expect(drawn.numberPt).toBeGreaterThanOrEqual(7);
    expect(drawn.ledgerPt).toBeGreaterThanOrEqual(7);
    expect(files).toHaveLength(2);
    expect(await battleMap.posterStatus()).toContain('共 2 张');

    const sheet = buildBattleMapSheet(demo.campaign, REPORT_TOWNSHIP, demo.plots, demo.plots);
    const layout = posterLayout(4961, 3508, {
      smallestText: smallestTextPixels(300),
      rowCount: sheet.rows.length,
      villageCount: sheet.villages.length,
      stageCount: demo.campaign.stages.length,
      metricCount: METRIC_DEFINITIONS.length,
    });
    // The poster frames the township's plots, not its empty fields.
    const bounds = plotsBounds(reportPlots);
    if (!bounds) throw new Error('No plots');
    const frame = fitFrame(bounds, layout.map, mapPadding(layout));
    const underLegend = ([x, y]: [number, number]) =>
      x >= layout.legend.x && x <= layout.legend.x + layout.legend.width && y >= layout.legend.y && y <= layout.legend.y + layout.legend.height;
    const colourAt = ([x, y]: [number, number]) => {
      const offset = (png.width * Math.round(y) + Math.round(x)) * 4;
      return [png.data[offset], png.data[offset + 1], png.data[offset + 2]];
    };
    for (const stage of demo.campaign.stages) {
      const plots = reportPlots
        .filter((plot) => plot.stage === stage.key && !underLegend(project(frame, insidePoint(plot))))
        .sort((a, b) => b.areaMu - a.areaMu);
      expect(plots.length, stage.key).toBeGreaterThan(0);
      // Numbers of neighbouring plots may cover part of a small plot; its fill must still show across it.
      const [west, south, east, north] = bbox(plots[0].geometry);
      const inside = [];
      for (let i = 0; i <= 20; i++) for (let j = 0; j <= 20; j++) {
        const position = [west + ((east - west) * i) / 20, south + ((north - south) * j) / 20];
        if (booleanPointInPolygon(position, plots[0].geometry)) inside.push(position);
      }
      const matching = inside.filter((position) => colourAt(project(frame, position)).join() === hexToRgb(stage.color).join());
      expect({ stage: stage.key, seen: matching.length >= 5 }).toEqual({ stage: stage.key, seen: true });
    }
    await battleMap.close();
  });
});
