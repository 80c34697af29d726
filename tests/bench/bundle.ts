import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { context, withGoal, type Figure } from './results';

const MAPLIBRE_DIST = 'node_modules/maplibre-gl/dist';

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The map's script, which the app imports as soon as its first render is on the page (MapPanel). */
const MAP_SCRIPT = /^battle-map-view-.*\.js$/;

/**
 * The scripts the browser loads as the app starts: index.html's entry and module preloads, the
 * scripts the entry imports with import() — the app's own script, which the entry fetches at
 * once after starting the first load (main.tsx) — the map's script, and whatever each of these
 * imports statically (the map library's chunk).
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
  const fromHtml = new Set(sources);
  // The list grows as it is read: each script found is searched in turn.
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index];
    const script = readFileSync(join(distDirectory, source), 'utf8');
    const folder = source.slice(0, source.lastIndexOf('/') + 1);
    const add = (imported: string) => {
      if (!sources.includes(folder + imported)) sources.push(folder + imported);
    };
    for (const [, , imported] of script.matchAll(/\bimport\((["'`])\.\/([^"'`]+\.js)\1\)/g)) {
      if (fromHtml.has(source) || MAP_SCRIPT.test(imported)) add(imported);
    }
    for (const [, imported] of script.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) add(imported);
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
