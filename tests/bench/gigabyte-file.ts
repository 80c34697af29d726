import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { APP_READY, BenchPage } from './bench-browser';
import { context, type Figure } from './results';

const MIB = 2 ** 20;
const STAGES = ['listed', 'negotiating', 'signed', 'demolished', 'reclaimed', 'accepted'];
const INDUSTRIES = ['化工', '纺织', '电子元件', '机械', '砖瓦', '废品回收'];
/** How long the app may take to answer a file this size: refused at once, or loaded after minutes. */
const ANSWER_LIMIT_MS = 900_000;

/** One plot as a land bureau's export writes it: about 800 bytes, as the demo's plots are. */
function featureText(index: number): string {
  const west = 118 + (index % 2000) * 0.001;
  const south = 28 + Math.floor(index / 2000) * 0.001;
  const ring: number[][] = [];
  for (let corner = 0; corner < 16; corner++) {
    const angle = (corner / 16) * 2 * Math.PI;
    ring.push([Number((west + 0.0004 * (1 + Math.cos(angle))).toFixed(7)), Number((south + 0.0004 * (1 + Math.sin(angle))).toFixed(7))]);
  }
  ring.push(ring[0]);
  const properties = {
    地块编号: `G-${index}`,
    企业名称: `测试企业${index}`,
    镇街道: `第${index % 40}镇`,
    村: `第${index % 400}村`,
    行业: INDUSTRIES[index % INDUSTRIES.length],
    状态: STAGES[index % STAGES.length],
    面积: 1.23,
    责任人: '王某',
    计划完成时间: '2026-12-31',
  };
  return JSON.stringify({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } });
}

/** Writes a GeoJSON file of at least `bytes`, a feature at a time (never the whole file in memory). */
async function writeLargeGeoJson(path: string, bytes: number): Promise<{ bytes: number; features: number }> {
  const out = createWriteStream(path);
  let written = 0;
  let features = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"type":"FeatureCollection","features":[\n');
  while (written < bytes) {
    await write(`${features === 0 ? '' : ',\n'}${featureText(features)}`);
    features++;
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return { bytes: statSync(path).size, features };
}

/**
 * Opens a generated GeoJSON file of about 1 GB in the app with the file picker, the way a
 * user would, and notes what the app answers: the plots loaded, or the message that the
 * browser cannot hold them. Either way the tab must still answer afterwards.
 */
export async function measureGigabyteFile(browser: Browser, appOrigin: string, log: (line: string) => void): Promise<Figure[]> {
  const directory = mkdtempSync(join(tmpdir(), 'battle-map-gigabyte-'));
  try {
    const file = join(directory, 'parcels-1gb.geojson');
    log('  writing a 1 GB GeoJSON file …');
    const written = await writeLargeGeoJson(file, 1024 ** 3);
    const { page } = await BenchPage.open(browser, `${appOrigin}/`, APP_READY);
    try {
      const started = Date.now();
      await page.page.getByTestId('file-input').setInputFiles(file);
      const answer = await Promise.race([
        page.page.getByTestId('notice').waitFor({ timeout: ANSWER_LIMIT_MS }).then(() => 'notice'),
        page.page.waitForSelector(`[data-testid=map][data-plots="${written.features}"][data-idle=true]`, { timeout: ANSWER_LIMIT_MS }).then(() => 'loaded'),
      ]);
      const answeredMs = Date.now() - started;
      const notice = answer === 'notice' ? ((await page.page.getByTestId('notice').textContent()) ?? '') : '';
      // The tab still answers: a frame is drawn and the page runs script.
      const alive = await page.page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))));
      log(`  ${(written.bytes / MIB).toFixed(0)} MiB, ${written.features} features: ${answer} after ${answeredMs} ms; tab answers: ${alive}; ${notice}`);
      return [
        context({ key: 'gigabyte.file_mib', label: 'generated GeoJSON file opened with the file picker', value: written.bytes / MIB, unit: 'MiB' }),
        context({
          key: 'gigabyte.answer_ms',
          label: `that file: ${answer === 'notice' ? 'refused with a message' : 'loaded'} after (tab still answering: ${alive ? 'yes' : 'no'})`,
          value: answeredMs,
          unit: 'ms',
          note: notice || undefined,
        }),
      ];
    } finally {
      await page.close();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
