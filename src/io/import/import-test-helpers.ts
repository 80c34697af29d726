import type { Position } from 'geojson';
import { buildImportFixtures } from '../../../tests/fixtures/import-generator/build-fixtures';
import { KNOWN_PLOTS } from '../../../tests/fixtures/import-generator/known-plots';
import { loadPlots, type PlotLoadResult } from '../../domain/load-plots';
import type { Plot } from '../../domain/types';
import { runLoad } from '../worker/load-pipeline';
import { withGeometries } from '../worker/packed-geometry';
import type { FromWorker, ImportLayerChoice } from '../worker/protocol';
import type { ReaderFile } from '../worker/readers';
import type { ImportedLayers } from './assemble-import';
import type { CoordinateSystem } from './coordinate-system';
import { convertLayer } from './convert-layer';
import { detectCoordinateSystem, type CoordinateDetection } from './detect-coordinate-system';
import type { ImportFile } from './import-types';
import { readImportFiles, type ImportBundle } from './read-import-files';
import { extentOf } from './transform-geometry';

let fixtures: Record<string, Uint8Array> | null = null;

/** The fixture files whose names start with `prefix` (a folder for a loose Shapefile set). */
export function fixtureFiles(prefix: string): ImportFile[] {
  fixtures ??= buildImportFixtures();
  return Object.entries(fixtures)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, bytes]) => ({ name, bytes }));
}

export async function readFixture(prefix: string): Promise<ImportBundle> {
  return readImportFiles(fixtureFiles(prefix));
}

export interface ImportedFixture {
  bundle: ImportBundle;
  detection: CoordinateDetection;
  result: PlotLoadResult;
}

/** A fixture imported as the preview would, with the detected (or the given) coordinate system. */
export async function importFixture(prefix: string, system?: CoordinateSystem): Promise<ImportedFixture> {
  const bundle = await readFixture(prefix);
  const layer = bundle.layers[0];
  const detection = detectCoordinateSystem(layer.prj, extentOf(layer.features.map((feature) => feature.geometry)), 120.5);
  const chosen = system ?? layer.declaredSystem?.system ?? detection.system;
  if (!chosen) throw new Error(`no coordinate system for ${prefix}`);
  const converted = convertLayer(layer, { encoding: null, system: chosen });
  const loaded = loadPlots({ type: 'FeatureCollection', features: converted.features });
  return { bundle, detection, result: { ...loaded, findings: [...converted.findings, ...loaded.findings] } };
}

const METRES_PER_DEGREE_LATITUDE = 110_574;

/** Distance in metres between two nearby longitude/latitude positions (local flat approximation). */
export function metresBetween(a: Position, b: Position): number {
  const dx = (a[0] - b[0]) * Math.cos((a[1] * Math.PI) / 180) * 111_320;
  const dy = (a[1] - b[1]) * METRES_PER_DEGREE_LATITUDE;
  return Math.hypot(dx, dy);
}

/** The largest distance from any vertex of the imported plots to the nearest known vertex of the same plot. */
export function worstOffsetMetres(plots: readonly Plot[]): number {
  let worst = 0;
  for (const known of KNOWN_PLOTS) {
    const plot = plots.find((candidate) => candidate.name === known.name);
    if (!plot) return Infinity;
    const expected = known.rings.flat();
    const polygons = plot.geometry.type === 'Polygon' ? [plot.geometry.coordinates] : plot.geometry.coordinates;
    for (const position of polygons.flat(2)) {
      worst = Math.max(worst, Math.min(...expected.map((candidate) => metresBetween(position, candidate))));
    }
  }
  return worst;
}

/** A file as the loading worker sees it. */
export function readerFileOf(file: ImportFile): ReaderFile {
  return {
    name: file.name,
    size: file.bytes.length,
    stream: () => new Blob([file.bytes.slice()]).stream(),
    arrayBuffer: () => Promise.resolve(file.bytes.slice().buffer),
  };
}

/** Imports files through the loading worker's pipeline, as the page does after the preview: every message it sent, and what the page makes of them. */
export async function importThroughPipeline(files: readonly ImportFile[], choices: ImportLayerChoice[] | null): Promise<{ imported: ImportedLayers; messages: FromWorker[] }> {
  const messages: FromWorker[] = [];
  const request = { type: 'load', source: { kind: 'url', url: '/x', name: 'x' }, memory: null, ...(choices ? { choices: { layers: choices } } : {}) } as const;
  await runLoad(request, files.map(readerFileOf), new AbortController().signal, (message) => messages.push(message));
  const result = messages.find((message) => message.type === 'result');
  if (!result || result.type !== 'result') {
    const failure = messages.find((message) => message.type === 'error');
    throw new Error(failure && failure.type === 'error' ? failure.messageEn : 'no result');
  }
  const plots = messages.flatMap((message) => (message.type === 'plots' ? withGeometries(message.plots, message.geometries) : []));
  return {
    messages,
    imported: {
      plots,
      // The file's findings first, then those on features, which come with the plots.
      findings: [...result.findings, ...messages.flatMap((message) => (message.type === 'plots' ? message.findings : []))],
      inputCount: result.inputCount,
      rejectedCount: result.rejectedCount,
      townships: result.outlines?.townships ?? null,
      villages: result.outlines?.villages ?? null,
      hasParcels: choices === null || choices.some((choice) => choice.role === 'parcels'),
    },
  };
}
