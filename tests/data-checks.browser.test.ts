import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepFreeze } from '../src/domain/test-fixtures/deep-freeze';
import { launchBrowser } from './driver';
import { DataChecksDriver } from './data-checks-driver';

const baseUrl = inject('baseUrl');
let browser: Browser;
const folder = mkdtempSync(join(tmpdir(), 'battle-map-checks-'));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A small square plot `column` squares east of 120.5° E, clockwise when asked (a ring-direction warning). */
function square(column: number, row: number, clockwise: boolean): number[][] {
  const west = 120.5 + column * 0.0002;
  const south = 30.6 + row * 0.0002;
  const ring = [[west, south], [west + 0.0001, south], [west + 0.0001, south + 0.0001], [west, south + 0.0001], [west, south]];
  return clockwise ? ring.reverse() : ring;
}

function writeFixture(name: string, collection: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(deepFreeze(collection)));
  return path;
}

describe('a property nested 10,000 deep', () => {
  it('opens its plot’s details from the ledger and the page stays whole', async () => {
    // Written as text: the test's own JSON.stringify would overflow on it, as the app once did.
    const nested = `${'['.repeat(10_000)}"底"${']'.repeat(10_000)}`;
    const deep = { type: 'Feature', properties: { id: 'DEEP-1', name: '深层属性企业', stage: 'signed', 附加: '@NESTED@' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, false)] } };
    const plain = { type: 'Feature', properties: { id: 'PLAIN-2', name: '普通企业', stage: 'listed' }, geometry: { type: 'Polygon', coordinates: [square(2, 0, false)] } };
    const path = join(folder, 'deep-property.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [deep, plain] }).replace('"@NESTED@"', nested));
    const checks = await DataChecksDriver.open(browser, baseUrl);
    await checks.openParcels(path, 2);
    await checks.app.openLedger();
    await checks.app.clickLedgerRow(0);
    await checks.page.getByTestId('plot-details').waitFor();
    const details = await checks.app.plotDetailsText();
    expect(details).toContain('深层属性企业');
    // The outer list is read as a list cell; what it holds is written out as JSON.
    expect(details).toContain(`附加${'['.repeat(9_999)}"底"${']'.repeat(9_999)}`);
    expect(await checks.page.getByTestId('panel-failed').count()).toBe(0);
    expect(await checks.isOnTop('legend')).toBe(true);
    expect(await checks.page.locator('[data-testid=legend] tr[data-stage=total] td').first().textContent()).toBe('2');
    expect(checks.app.consoleErrors).toEqual([]);
    await checks.app.close();
  });
});

describe('the data checks of a file with 100,000 findings', () => {
  const PLOTS = 50_000;
  // Every plot clockwise and without a stage (two warnings each); three rejected at the very end.
  const features: unknown[] = Array.from({ length: PLOTS }, (_, index) => ({
    type: 'Feature',
    properties: { id: `W-${index + 1}` },
    geometry: { type: 'Polygon', coordinates: [square(index % 250, Math.floor(index / 250), true)] },
  }));
  features.push(
    { type: 'Feature', properties: { id: 'BAD-HOLE', stage: 'signed' }, geometry: { type: 'Polygon', coordinates: [square(0, -10, false), square(5, -10, true)] } },
    { type: 'Feature', properties: { id: 'BAD-BOWTIE', stage: 'signed' }, geometry: { type: 'Polygon', coordinates: [[[121, 30.5], [121.001, 30.501], [121.001, 30.5], [121, 30.501], [121, 30.5]]] } },
    { type: 'Feature', properties: { id: 'BAD-NONE', stage: 'signed' }, geometry: null },
  );

  it('lists the rejected features first, grouped by kind with counts, and flies to one on a click', async () => {
    const path = writeFixture('many-findings.geojson', { type: 'FeatureCollection', features });
    const checks = await DataChecksDriver.open(browser, baseUrl, { width: 1366, height: 768 });
    await checks.openParcels(path, PLOTS + 3);
    await checks.showFindings();

    expect(await checks.groupLines()).toEqual([
      '已拒绝1 条 没有几何图形',
      '已拒绝1 条 内环在外环之外',
      '已拒绝1 条 环自相交',
      '已保留50,000 条 环方向已自动调整',
      '已保留50,000 条 没有填写阶段',
    ]);
    const first = await checks.listedFindings(4);
    expect(first.map((finding) => [finding.severity, finding.code])).toEqual([
      ['error', 'hole-outside-shell'],
      ['error', 'ring-self-intersection'],
      ['error', 'geometry-missing'],
      ['warning', 'ring-winding-fixed'],
    ]);
    expect(first[0].text).toContain('第 50001 个要素：第 1 个内环在外环之外');
    expect(await checks.app.text('finding-count')).toBe('列出 300 / 100,003');

    const before = await checks.app.mapHash();
    await checks.clickFinding(1);
    await expect.poll(() => checks.app.mapHash(), { timeout: 20_000 }).not.toBe(before);
    await checks.app.waitForMap();
    const [, zoom, latitude, longitude] = /map=([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(await checks.app.mapHash()) ?? [];
    expect(Number(zoom)).toBeGreaterThan(14);
    expect(Number(longitude)).toBeCloseTo(121.0005, 3);
    expect(Number(latitude)).toBeCloseTo(30.5005, 3);

    await checks.chooseOutcome('只看提示');
    expect((await checks.listedFindings(1))[0].code).toBe('ring-winding-fixed');
    await checks.clickFinding(0);
    await checks.page.getByTestId('plot-details').waitFor();
    expect(await checks.app.plotDetailsText()).toContain('W-1');

    const csv = await checks.app.download('findings-export');
    expect(csv.text.startsWith('\uFEFF要素序号,地块编号,结果,类别,代码,说明\r\n')).toBe(true);
    expect(csv.text.split('\r\n')).toHaveLength(1 + 100_000 + 1);
    expect(checks.app.consoleErrors).toEqual([]);
    await checks.app.close();
  });
});
