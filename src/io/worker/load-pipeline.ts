import { createPlotCollector } from '../../domain/load-plots';
import { fileFinding, type Finding, type Issue } from '../../domain/findings';
import type { Plot } from '../../domain/types';
import { LoadError } from '../load-error';
import { cornerCount, MapPlotsWriter } from './map-plots-writer';
import { MAP_CORNER_LIMIT, mapCornersProblem, memoryProblem, ranOutOfMemory } from './memory-limits';
import { packedBuffers, packGeometries } from './packed-geometry';
import type { FromWorker, ImportedOutlines, LoadRequest, LoadStage, WirePlot } from './protocol';
import { StageClock } from './stage-clock';
import { FORMATS, importFormatFor, mainFileIndex, formatFor } from './formats';
import { READERS, type ReaderFile } from './readers';
import { wireProperties } from './wire-properties';

/**
 * Plots per `plots` message, and their corners as a measure of their outlines: each message
 * stays a short task for the page to take in.
 */
const PLOTS_PER_MESSAGE = 500;
const CORNERS_PER_MESSAGE = 64 * 1024;
const PROGRESS_INTERVAL_MS = 100;
/** Bytes read before the corners' share is trusted to project the whole file's. */
const CORNER_SAMPLE_BYTES = 4 * 1024 * 1024;

/** Sends a message to the page, moving `transfer`'s buffers rather than copying them. */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

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
 * validate, area) and hand the plots over in file order, then the findings and the map's plots.
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
  const mapPlots = new MapPlotsWriter();
  let plots: Plot[] = [];
  let messageCorners = 0;
  let corners = 0;
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
    mapPlots.addRun(plots);
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
    messageCorners = 0;
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
      const plotCorners = cornerCount(loaded.plot.geometry);
      plots.push(loaded.plot);
      messageCorners += plotCorners;
      corners += plotCorners;
      if (plots.length >= PLOTS_PER_MESSAGE || messageCorners >= CORNERS_PER_MESSAGE) flush();
    }
    if ((!sizeChecked && doneBytes >= CORNER_SAMPLE_BYTES) || corners > MAP_CORNER_LIMIT) {
      sizeChecked = true;
      // With no size known beforehand, the outlines read so far are the projection.
      const problem = mapCornersProblem(main.name, main.size ?? doneBytes, doneBytes, corners);
      if (problem) throw new LoadError(problem.zh, problem.en);
    }
    progress('read');
  }
  if (signal.aborted) return;
  flush();
  progress('validate', true);
  const mapFeatures = mapPlots.finish();
  post({ type: 'result', findings: notes, inputCount, rejectedCount: inputCount - loadedCount, mapFeatures, bounds: loadedCount > 0 ? bounds : null, ...(outlines ? { outlines } : {}) });
}
