import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { summarizePlots } from '../src/domain/summarize';
import type { Plot, StageKey } from '../src/domain/types';
import { hexToRgb, launchBrowser, StaffDriver } from './driver';
import { insidePoint, readDemo } from './demo-data';
import { EditDriver } from './edit-driver';

const baseUrl = inject('baseUrl');
const demo = readDemo();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function largestAt(stage: StageKey): Plot {
  return [...demo.plots].filter((plot) => plot.stage === stage).sort((a, b) => b.areaMu - a.areaMu)[0];
}

function colourOf(stage: StageKey) {
  const definition = demo.campaign.stages.find((candidate) => candidate.key === stage);
  if (!definition) throw new Error(`no stage ${stage}`);
  return hexToRgb(definition.color);
}

function hashAt(plot: Plot, zoom = 17): string {
  const [lon, lat] = insidePoint(plot);
  return `map=${zoom}/${lat}/${lon}`;
}

/** The legend's count of a stage, as the domain would give it after moving `plot` to `stage`. */
function countAfter(plot: Plot, stage: StageKey, counted: StageKey): string {
  const moved = demo.plots.map((candidate) => (candidate.id === plot.id ? { ...candidate, stage } : candidate));
  return String(summarizePlots(moved, demo.campaign.reportingDate).byStage[counted].count);
}

async function openAt(plot: Plot): Promise<EditDriver> {
  const app = await StaffDriver.openStaff(browser, baseUrl, { hash: hashAt(plot) });
  await app.waitForMap();
  return new EditDriver(app);
}

describe('editing a plot', () => {
  it('changes its stage on the map and in the legend at once, and keeps the edit across a reload', async () => {
    const plot = largestAt('listed');
    const editor = await openAt(plot);
    expect(await editor.app.colourAtMapCentre()).toEqual(colourOf('listed'));
    await editor.app.clickMapCentre();
    await editor.whenEditingTheSelectedPlot();
    await editor.whenSaving({ stage: 'signed', date: '2026-11-20' });

    await editor.app.waitForMap();
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('signed'));
    const legend = await editor.app.legendRows();
    expect(legend.find((row) => row.stage === 'signed')?.count).toBe(countAfter(plot, 'signed', 'signed'));
    expect(legend.find((row) => row.stage === 'listed')?.count).toBe(countAfter(plot, 'signed', 'listed'));
    expect(await editor.app.plotDetailsText()).toContain('2026-11-20');
    await editor.waitForSavedEdits(2);

    await editor.app.reload();
    await editor.app.waitForMap();
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('signed'));
    await editor.openChangeLog();
    const rows = await editor.logRows();
    expect(rows.map((row) => row.slice(1, 5))).toEqual([
      ['李娜', plot.id, '阶段', '待启动 → 已签约'],
      ['李娜', plot.id, '签约时间', '— → 2026-11-20'],
    ]);
    expect(editor.app.consoleErrors).toEqual([]);
    await editor.app.close();
  });
});

describe('undo and redo', () => {
  it('takes a whole edit back with Ctrl+Z and puts it back with Ctrl+Shift+Z, and the undo survives a reload', async () => {
    const plot = largestAt('negotiating');
    const editor = await openAt(plot);
    await editor.app.clickMapCentre();
    await editor.whenEditingTheSelectedPlot();
    await editor.whenSaving({ stage: 'demolished', date: '2026-11-18' });
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('demolished'));
    await editor.waitForSavedEdits(2);

    await editor.undoByKeyboard();
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('negotiating'));
    await editor.openChangeLog();
    expect((await editor.logRows()).map((row) => row[4])).toEqual(['洽谈中 → 已拆除（已撤销）', '— → 2026-11-18（已撤销）']);
    await editor.redoByKeyboard();
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('demolished'));

    await editor.undoByKeyboard();
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('negotiating'));
    await editor.waitForSavedEdits(0);
    await editor.app.reload();
    await editor.app.waitForMap();
    expect(await editor.savedCount()).toBe(0);
    expect(await editor.app.colourAtMapCentre()).toEqual(colourOf('negotiating'));
    await editor.openChangeLog();
    expect(await editor.logRows()).toHaveLength(2);
    expect(editor.app.consoleErrors).toEqual([]);
    await editor.app.close();
  });
});

describe('bulk edit', () => {
  const listed = demo.plots.filter((plot) => plot.stage === 'listed');

  it('marks every filtered plot 已签约 on one date as one batch: legend, log and undo follow', async () => {
    const editor = await openAt(largestAt('listed'));
    await editor.app.whenFilteringByStage('listed');
    await editor.app.waitForFilteredMap(demo.plots.length - listed.length);
    await editor.whenBulkEditingTheFiltered('signed', '2026-11-20');
    await editor.waitForSavedEdits(listed.length * 2);
    await editor.app.whenClearingTheFilter();
    const legend = await editor.app.legendRows();
    const signedBefore = demo.plots.filter((plot) => plot.stage === 'signed').length;
    expect(legend.find((row) => row.stage === 'listed')?.count).toBe('0');
    expect(legend.find((row) => row.stage === 'signed')?.count).toBe(String(signedBefore + listed.length));
    expect(await editor.app.colourAtMapCentre()).toEqual(colourOf('signed'));
    await editor.openChangeLog();
    const batches = new Set((await editor.logRows()).map((row) => row[5]));
    expect(batches.size).toBe(1);

    await editor.undoByKeyboard();
    await expect.poll(async () => (await editor.app.legendRows()).find((row) => row.stage === 'listed')?.count).toBe(String(listed.length));
    expect(editor.app.consoleErrors).toEqual([]);
    await editor.app.close();
  });

  it('leaves all of a bulk edit or none of it when the page is closed in the middle', async () => {
    const editor = await openAt(largestAt('listed'));
    await editor.app.whenFilteringByStage('listed');
    await editor.app.waitForFilteredMap(demo.plots.length - listed.length);
    await editor.whenBulkEditingTheFiltered('signed', '2026-11-20');
    const reopened = new EditDriver(await editor.app.closeTabAndReopen());
    await reopened.app.waitForMap();
    const saved = await reopened.savedCount();
    expect([0, listed.length * 2]).toContain(saved);
    // The address kept the filter; the legend is read over all plots.
    await reopened.app.whenClearingTheFilter();
    await reopened.app.waitForFilteredMap(0);
    const signed = (await reopened.app.legendRows()).find((row) => row.stage === 'signed')?.count;
    const signedBefore = demo.plots.filter((plot) => plot.stage === 'signed').length;
    expect(signed).toBe(String(saved === 0 ? signedBefore : signedBefore + listed.length));
    await reopened.app.close();
  });
});

describe('reopening a changed file', () => {
  it('re-applies what still fits and lists an edit whose field the file changed, for keep mine / take the file’s', async () => {
    const parcels = JSON.parse(readFileSync('data/demo/parcels.geojson', 'utf8')) as FeatureCollection;
    const features = parcels.features.slice(0, 60);
    const target = features.find((feature) => feature.properties?.stage === 'listed');
    if (!target) throw new Error('no listed plot in the first features');
    const plot = demo.plots.find((candidate) => candidate.id === target.properties?.id);
    if (!plot) throw new Error('target not in the demo');
    const first = join(await mkdtemp(join(tmpdir(), 'ledger-a-')), 'ledger.geojson');
    const changed = join(await mkdtemp(join(tmpdir(), 'ledger-b-')), 'ledger.geojson');
    await writeFile(first, JSON.stringify({ ...parcels, features }));
    const changedTarget = { ...target, properties: { ...target.properties, stage: 'negotiating' } };
    await writeFile(changed, JSON.stringify({ ...parcels, features: features.map((feature) => (feature === target ? changedTarget : feature)) }));

    const editor = await openAt(plot);
    await editor.app.openFile(first);
    await editor.page.waitForSelector(`[data-testid=map][data-plots="${features.length}"]`);
    const [lon, lat] = insidePoint(plot);
    await editor.app.jumpTo(lon, lat, 17);
    await editor.whenEditingThePlotAtTheCentre({ stage: 'signed', date: '2026-11-20' });
    await editor.waitForSavedEdits(2);

    await editor.app.openFile(changed);
    await editor.page.getByTestId('edit-conflicts').waitFor();
    expect(await editor.conflicts()).toEqual([{ plot: plot.id, field: 'stage' }]);
    await editor.app.jumpTo(lon, lat, 17);
    expect(await editor.app.colourAtMapCentre()).toEqual(colourOf('negotiating'));
    await editor.page.getByTestId('keep-mine').click();
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('signed'));
    expect(await editor.conflicts()).toEqual([]);

    // The decision is kept: the same changed file opened again needs no new decision.
    await editor.app.reload();
    await editor.app.waitForMap();
    await editor.app.openFile(changed);
    await editor.page.waitForSelector(`[data-testid=map][data-plots="${features.length}"]`);
    await editor.page.waitForSelector('[data-testid=edit-status]:not([data-storage=opening])');
    await editor.app.jumpTo(lon, lat, 17);
    expect(await editor.conflicts()).toEqual([]);
    await expect.poll(() => editor.app.colourAtMapCentre()).toEqual(colourOf('signed'));
    await editor.app.close();
  });
});

describe('exports and moving edits between machines', () => {
  it('exports the edit in the parcels, the ledger, the change log and the edits file; a colleague imports it once', async () => {
    const plot = largestAt('listed');
    const editor = await openAt(plot);
    await editor.whenEditingThePlotAtTheCentre({ stage: 'signed', date: '2026-11-20', officer: '张强' });
    await editor.waitForSavedEdits(3);

    const geojson = JSON.parse((await editor.app.download('export-geojson')).text) as FeatureCollection;
    const feature = geojson.features.find((candidate) => candidate.properties?.id === plot.id);
    expect(feature?.properties).toMatchObject({ stage: 'signed', signed_on: '2026-11-20', officer: '张强', name: plot.name });
    const ledger = (await editor.app.download('export-csv')).text.split('\r\n').find((line) => line.includes(plot.id)) ?? '';
    expect(ledger).toContain(',已签约,');
    expect(ledger).toContain(',2026-11-20,');
    const log = (await editor.app.download('export-change-log')).text.split('\r\n');
    expect(log[0]).toBe('\uFEFF时间,修改人,地块编号,企业名称,镇街道,字段,原值,新值,批次,状态');
    expect(log.filter((line) => line.includes(plot.id)).map((line) => line.split(',').slice(5, 8).join(','))).toEqual([
      '阶段,待启动,已签约',
      '签约时间,—,2026-11-20',
      `责任人,${plot.officer},张强`,
    ]);
    expect(await editor.status()).toContain('3 处未导出');
    const edits = await editor.app.download('export-edits');
    expect(await editor.status()).toContain('已全部导出');
    await editor.app.close();

    const colleague = await openAt(plot);
    expect(await colleague.app.colourAtMapCentre()).toEqual(colourOf('listed'));
    await colleague.whenImportingEdits(edits.path);
    await expect.poll(() => colleague.app.colourAtMapCentre()).toEqual(colourOf('signed'));
    await colleague.waitForSavedEdits(3);
    expect(await colleague.app.text('notice')).toContain('已导入 3 处修改');
    await colleague.whenImportingEdits(edits.path);
    await expect.poll(() => colleague.app.text('notice')).toContain('已导入 0 处修改（已有 3 处）');
    expect(await colleague.savedCount()).toBe(3);
    expect(colleague.app.consoleErrors).toEqual([]);
    await colleague.app.close();
  });
});

describe('two tabs', () => {
  it('keep in step: an edit and its undo in one show in the other', async () => {
    const plot = largestAt('accepted');
    const first = await openAt(plot);
    const second = new EditDriver(await first.app.anotherTab());
    await second.app.waitForMap();
    await first.whenEditingThePlotAtTheCentre({ stage: 'reclaimed', date: '2026-11-20' });
    // Moved back from accepted: the stage, the reclaimed date, and the accepted date cleared.
    const edits = 1 + (plot.dates.reclaimedOn === '2026-11-20' ? 0 : 1) + (plot.dates.acceptedOn ? 1 : 0);
    await first.waitForSavedEdits(edits);
    await expect.poll(() => second.app.colourAtMapCentre()).toEqual(colourOf('reclaimed'));
    await second.waitForSavedEdits(edits);

    await second.undoByKeyboard();
    await expect.poll(() => first.app.colourAtMapCentre()).toEqual(colourOf('accepted'));
    await first.waitForSavedEdits(0);
    expect([...first.app.consoleErrors, ...second.app.consoleErrors]).toEqual([]);
    await first.app.close();
  });
});
