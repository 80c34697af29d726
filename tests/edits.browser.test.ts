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
