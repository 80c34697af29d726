import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { APP_READY, BenchPage } from './bench-browser';
import { context, type Figure } from './results';
import { heapsAfterCollection } from './target-heaps';

const MIB = 2 ** 20;
const STAGES = ['listed', 'negotiating', 'signed', 'demolished', 'reclaimed', 'accepted'];
const INDUSTRIES = ['化工', '纺织', '电子元件', '机械', '砖瓦', '废品回收'];
/** How long the app may take to answer a file this size: refused at once, or loaded after minutes. */
const ANSWER_LIMIT_MS = 900_000;

/** What the generated file's plots are like. */
export type GigabytePlots = 'dense' | 'demo-like';

/**
 * One plot as a land bureau's export writes it. `dense`: about 800 bytes, three quarters of
 * it a 16-corner outline. `demo-like`: about 900 bytes, the demo's fields, a third of it an
 * 8-corner outline, as the demo's plots are.
 */
function featureText(index: number, kind: GigabytePlots): string {
  const west = 118 + (index % 2000) * 0.001;
  const south = 28 + Math.floor(index / 2000) * 0.001;
  const corners = kind === 'dense' ? 16 : 8;
  const ring: number[][] = [];
  for (let corner = 0; corner < corners; corner++) {
    const angle = (corner / corners) * 2 * Math.PI;
    ring.push([Number((west + 0.0004 * (1 + Math.cos(angle))).toFixed(7)), Number((south + 0.0004 * (1 + Math.sin(angle))).toFixed(7))]);
  }
  ring.push(ring[0]);
  const properties =
    kind === 'dense'
      ? {
          地块编号: `G-${index}`,
          企业名称: `测试企业${index}`,
          镇街道: `第${index % 40}镇`,
          村: `第${index % 400}村`,
          行业: INDUSTRIES[index % INDUSTRIES.length],
          状态: STAGES[index % STAGES.length],
          面积: 1.23,
          责任人: '王某',
          计划完成时间: '2026-12-31',
        }
      : {
          id: `G-${index}`,
          name: `测试企业${index}加工点（个体）`,
          township: `第${index % 40}镇`,
          village: `第${index % 400}村`,
          industry: INDUSTRIES[index % INDUSTRIES.length],
          stage: STAGES[index % STAGES.length],
          visited_on: '2026-02-11',
          assessed_on: '2026-03-11',
          signed_on: null,
          demolished_on: null,
          reclaimed_on: null,
          accepted_on: null,
          deadline: '2026-12-31',
          officer: `俞某某（第${index % 400}村党委书记）`,
          declared_area_mu: 5.43,
          land_ownership: '集体',
          tenure: '租赁',
          categories: ['低散乱', '两高一低', '四无企业'],
          disposal: '改造提升',
          reuse: '小微园',
          tax_per_mu: 2.28,
          output_value: 66.9,
          energy_tce: 18.1,
          note: '',
        };
  return JSON.stringify({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } });
}

/** Writes a GeoJSON file of at least `bytes`, a feature at a time (never the whole file in memory). */
async function writeLargeGeoJson(path: string, bytes: number, kind: GigabytePlots): Promise<{ bytes: number; features: number }> {
  const out = createWriteStream(path);
  let written = 0;
  let features = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"type":"FeatureCollection","features":[\n');
  while (written < bytes) {
    await write(`${features === 0 ? '' : ',\n'}${featureText(features, kind)}`);
    features++;
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return { bytes: statSync(path).size, features };
}

/**
 * Opens a generated GeoJSON file of about 1 GB of `kind` plots in the app with the file picker,
 * the way a user would, and notes what the app answers: the plots loaded (with the heaps of the
 * page and its workers after), or the message that the browser cannot hold them. Either way
 * the tab must still answer afterwards; a tab that dies fails the section.
 */
export async function measureGigabyteFile(browser: Browser, appOrigin: string, kind: GigabytePlots, log: (line: string) => void, bytes = 1024 ** 3): Promise<Figure[]> {
  const directory = mkdtempSync(join(tmpdir(), 'battle-map-gigabyte-'));
  try {
    const file = join(directory, 'parcels-1gb.geojson');
    log(`  writing a ${(bytes / MIB).toFixed(0)} MiB GeoJSON file of ${kind} plots …`);
    const written = await writeLargeGeoJson(file, bytes, kind);
    const { page } = await BenchPage.open(browser, `${appOrigin}/`, APP_READY);
    try {
      const started = Date.now();
      await page.page.getByTestId('file-input').setInputFiles(file);
      // A loaded file says so in the notice too: what the map shows tells the two apart.
      await page.page.getByTestId('notice').waitFor({ timeout: ANSWER_LIMIT_MS });
      const plots = Number(await page.page.getByTestId('map').getAttribute('data-plots'));
      const loaded = plots === written.features;
      if (loaded) await page.page.waitForSelector(`[data-testid=map][data-plots="${written.features}"][data-idle=true]`, { timeout: ANSWER_LIMIT_MS });
      const answeredMs = Date.now() - started;
      const notice = (await page.page.getByTestId('notice').textContent()) ?? '';
      // The tab still answers: a frame is drawn and the page runs script.
      const alive = await page.page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))));
      const heaps = loaded ? (await heapsAfterCollection(browser, appOrigin)).reduce((sum, target) => sum + target.usedBytes, 0) : null;
      log(`  ${(written.bytes / MIB).toFixed(0)} MiB, ${written.features} features: ${loaded ? 'loaded' : 'refused'} after ${answeredMs} ms; tab answers: ${alive}; ${notice}`);
      const what = `1 GB file of ${kind} plots`;
      const figures = [
        context({ key: `gigabyte.${kind}.file_mib`, label: `generated GeoJSON file of ${kind} plots, opened with the file picker`, value: written.bytes / MIB, unit: 'MiB', note: `${written.features.toLocaleString('en-US')} plots` }),
        context({
          key: `gigabyte.${kind}.answer_ms`,
          label: `that file: ${loaded ? 'loaded and drawn' : 'refused with a message'} after (tab still answering: ${alive ? 'yes' : 'no'})`,
          value: answeredMs,
          unit: 'ms',
          note: notice || undefined,
        }),
      ];
      if (heaps !== null) {
        figures.push(context({ key: `gigabyte.${kind}.all_heaps_ratio`, label: `JS heaps after load (page and workers, after GC) / file size, ${what}`, value: heaps / written.bytes, unit: '×' }));
      }
      return figures;
    } finally {
      await page.close();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
