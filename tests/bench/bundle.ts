import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { context, withGoal, type Figure } from './results';

const MAPLIBRE_DIST = 'node_modules/maplibre-gl/dist';

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * The scripts the browser loads before the app runs: index.html's entry and module preloads,
 * and the scripts the entry imports with import() — the app's own script, which the entry
 * fetches at once after starting the first load (main.tsx).
 */
export function startScripts(distDirectory: string): string[] {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  const sources: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /type="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /rel="modulepreload"/.test(tag);
    const address = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && address) sources.push(address.replace(/^\.?\//, ''));
  }
  for (const source of [...sources]) {
    const script = readFileSync(join(distDirectory, source), 'utf8');
    const folder = source.slice(0, source.lastIndexOf('/') + 1);
    for (const [, , imported] of script.matchAll(/\bimport\((["'`])\.\/([^"'`]+\.js)\1\)/g)) {
      if (!sources.includes(folder + imported)) sources.push(folder + imported);
    }
  }
  return sources;
}

/**
 * gzip (level 9) of the JavaScript the app loads at start, beside maplibre-gl's own. Both sides
 * count the map worker: the app starts it as soon as the map is created.
 */
export function bundleFigures(distDirectory: string): Figure[] {
  const scripts = startScripts(distDirectory);
  if (scripts.length === 0) throw new Error(`No entry script in ${distDirectory}/index.html`);
  const workers = readdirSync(join(distDirectory, 'assets')).filter((name) => /^maplibre-gl-worker.*\.m?js$/.test(name));
  const appMain = scripts.reduce((sum, script) => sum + gzipBytes(join(distDirectory, script)), 0);
  const appWorker = workers.reduce((sum, worker) => sum + gzipBytes(join(distDirectory, 'assets', worker)), 0);
  const maplibreMain = gzipBytes(join(MAPLIBRE_DIST, 'maplibre-gl.mjs'));
  const maplibreWorker = gzipBytes(join(MAPLIBRE_DIST, 'maplibre-gl-worker.mjs'));
  const kilobytes = (bytes: number) => bytes / 1024;
  return [
    context({
      key: 'bundle.app_kb',
      label: 'JS at start, gzip: app (entry + preloads + map worker)',
      value: kilobytes(appMain + appWorker),
      unit: 'KiB',
      note: `${scripts.join(', ')} = ${kilobytes(appMain).toFixed(1)} KiB; ${workers.join(', ') || 'no worker file'} = ${kilobytes(appWorker).toFixed(1)} KiB`,
    }),
    context({
      key: 'bundle.maplibre_kb',
      label: 'JS at start, gzip: maplibre-gl (maplibre-gl.mjs + worker)',
      value: kilobytes(maplibreMain + maplibreWorker),
      unit: 'KiB',
      note: `maplibre-gl.mjs ${kilobytes(maplibreMain).toFixed(1)} KiB + maplibre-gl-worker.mjs ${kilobytes(maplibreWorker).toFixed(1)} KiB`,
    }),
    withGoal(
      { key: 'bundle.ratio', label: 'JS at start, app / maplibre-gl', value: (appMain + appWorker) / (maplibreMain + maplibreWorker), unit: '×' },
      '≤',
      1.6,
      '×',
    ),
  ];
}
