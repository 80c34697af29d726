import { createPlotCollector } from '../../domain/load-plots';
import { fileFinding, type Finding, type Issue } from '../../domain/findings';
import type { Plot } from '../../domain/types';
import { LoadError } from '../load-error';
import { MAP_TEXT_LIMIT_BYTES, mapTextProblem, memoryProblem, ranOutOfMemory } from './memory-limits';
import { packedBuffers, packGeometries } from './packed-geometry';
import type { FromWorker, ImportedOutlines, LoadRequest, LoadStage, WirePlot } from './protocol';
import { StageClock } from './stage-clock';
import { FORMATS, importFormatFor, mainFileIndex, formatFor } from './formats';
import { READERS, type ReaderFile } from './readers';
import { wireProperties } from './wire-properties';

/**
 * Plots per `plots` message, and their map text's length as a measure of their outlines: each
 * message stays a short task for the page to take in.
 */
const PLOTS_PER_MESSAGE = 500;
const MAP_TEXT_PER_MESSAGE = 2 * 1024 * 1024;
/**
 * Map text per Blob. The text goes into Blobs as it is made, out of this worker's heap; each
 * Blob has a cost of its own (some 1 ms), so they are made a few megabytes at a time.
 */
const MAP_TEXT_PER_BLOB = 8 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 100;
/** Bytes read before the map text's share is trusted to project the whole file's. */
const MAP_TEXT_SAMPLE_BYTES = 4 * 1024 * 1024;

/** Sends a message to the page, moving `transfer`'s buffers rather than copying them. */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** What the map draws of a plot: its index as the feature id, its stage, its outline. */
function mapFeatureText(plot: Plot): string {
  return `{"type":"Feature","id":${plot.index},"properties":{"stage":${JSON.stringify(plot.stage)}},"geometry":${JSON.stringify(plot.geometry)}}`;
}

/** Widens `bounds` (west, south, east, north) to take in a plot's outline. */
function extendBounds(bounds: [number, number, number, number], plot: Plot): void {
  const polygons = plot.geometry.type === 'Polygon' ? [plot.geometry.coordinates] : plot.geometry.coordinates;
  for (const polygon of polygons) {
    for (const [longitude, latitude] of polygon[0]) {
      if (longitude < bounds[0]) bounds[0] = longitude;
      if (latitude < bounds[1]) bounds[1] = latitude;
      if (longitude > bounds[2]) bounds[2] = longitude;
      if (latitude > bounds[3]) bounds[3] = latitude;
    }
  }
}

function unknownFormat(name: string): LoadError {
  const formats = FORMATS.map((format) => `${format.label}（${format.extensions.join('、')}）`).join('，');
  const formatsEn = FORMATS.map((format) => `${format.label} (${format.extensions.join(', ')})`).join(', ');
  return new LoadError(`无法打开“${name}”：请选择 ${formats} 文件`, `Cannot open "${name}": choose a ${formatsEn} file`);
}

/**
 * One load, start to end, in the worker: pick the reader by the main file's name, check the
 * file fits in memory, read its features a batch at a time, load each one (normalise,
 * validate, area) and hand the plots over in file order, then the findings and the map's text.
 */
export async function runLoad(request: LoadRequest, picked: readonly ReaderFile[], signal: AbortSignal, postToPage: Post): Promise<void> {
  const mainIndex = mainFileIndex(picked.map((file) => file.name));
  const main = picked[mainIndex ?? 0];
  const format = request.choices ? importFormatFor(main.name) : formatFor(main.name);
  const read = format ? READERS[format.key] : undefined;
  if (!format || !read) throw unknownFormat(main.name);
  const files = [main, ...picked.filter((file) => file !== main)];
  const limit = memoryProblem(main.name, main.size, format.memoryFactor, request.memory);
  if (limit) throw new LoadError(limit.zh, limit.en);

  // A message too large for the browser's memory fails to send ("DataCloneError: … out of
  // memory"): the user is told so in words, with what to do.
  const post: Post = (message, transfer) => {
    try {
      postToPage(message, transfer);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error;
      const words = ranOutOfMemory(main.name, main.size, inputCount);
      throw new LoadError(words.zh, words.en);
    }
  };
  const notes: Finding[] = [];
  let findings: Finding[] = [];
  const collector = createPlotCollector();
  const mapParts: Blob[] = [];
  let plots: Plot[] = [];
  let mapText: string[] = [];
  let mapTextLength = 0;
  let messageTextLength = 0;
  let mapTextTotal = 0;
  let inputCount = 0;
  let loadedCount = 0;
  let doneBytes = 0;
  const clock = new StageClock('read', performance.now());
  let lastProgress = -Infinity;
  let sizeChecked = false;
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let outlines: ImportedOutlines | null = null;

  const progress = (next: LoadStage, force = false) => {
    const now = performance.now();
    clock.enter(next, now);
    if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    post({ type: 'progress', stage: clock.busiest(now), doneBytes, totalBytes: main.size, features: inputCount });
  };
  const flush = () => {
    if (plots.length === 0 && findings.length === 0) return;
    const { packed, unpacked } = packGeometries(plots.map((plot) => plot.geometry));
    // Changed in place, not copied: the worker is done with these plots, and a copy of each
    // (two dozen fields) cost as much as all the rest of handing them over.
    const wirePlots = plots.map((plot, position): WirePlot => {
      const travelling = wireProperties(plot);
      const wire: WirePlot = plot;
      if (!unpacked[position]) wire.geometry = null;
      if (travelling.properties !== plot.properties) Object.assign(wire, travelling);
      return wire;
    });
    post({ type: 'plots', plots: wirePlots, geometries: packed, findings }, packedBuffers(packed));
    plots = [];
    findings = [];
    messageTextLength = 0;
  };
  const flushMapText = () => {
    if (mapText.length === 0) return;
    // The browser keeps a Blob outside this worker's heap.
    mapParts.push(new Blob([mapParts.length === 0 ? mapText.join(',') : `,${mapText.join(',')}`]));
    mapText = [];
    mapTextLength = 0;
  };

  progress('read', true);
  const context = {
    signal,
    bytesRead: (bytes: number) => {
      doneBytes = bytes;
      progress('parse');
    },
    note: (issue: Issue) => notes.push(fileFinding(issue)),
    choices: request.choices ?? null,
    stage: (stage: LoadStage) => progress(stage),
    outlines: (brought: ImportedOutlines) => {
      outlines = brought;
    },
  };
  for await (const batch of read(files, context)) {
    if (signal.aborted) return;
    progress('validate');
    for (const raw of batch) {
      const loaded = collector.add(raw, inputCount++);
      for (const finding of loaded.findings) findings.push(finding);
      if (loaded.plot === null) continue;
      loadedCount++;
      extendBounds(bounds, loaded.plot);
      const text = mapFeatureText(loaded.plot);
      plots.push(loaded.plot);
      mapText.push(text);
      mapTextLength += text.length;
      messageTextLength += text.length;
      mapTextTotal += text.length;
      if (plots.length >= PLOTS_PER_MESSAGE || messageTextLength >= MAP_TEXT_PER_MESSAGE) flush();
      if (mapTextLength >= MAP_TEXT_PER_BLOB) flushMapText();
    }
    if ((!sizeChecked && doneBytes >= MAP_TEXT_SAMPLE_BYTES) || mapTextTotal > MAP_TEXT_LIMIT_BYTES) {
      sizeChecked = true;
      // With no size known beforehand, the outlines read so far are the projection.
      const problem = mapTextProblem(main.name, main.size ?? doneBytes, doneBytes, mapTextTotal);
      if (problem) throw new LoadError(problem.zh, problem.en);
    }
    progress('read');
  }
  if (signal.aborted) return;
  flush();
  flushMapText();
  progress('validate', true);
  const mapFeatures = new Blob(['{"type":"FeatureCollection","features":[', ...mapParts, ']}'], { type: 'application/geo+json' });
  post({ type: 'result', findings: notes, inputCount, rejectedCount: inputCount - loadedCount, mapFeatures, bounds: loadedCount > 0 ? bounds : null, ...(outlines ? { outlines } : {}) });
}
