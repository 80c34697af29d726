import type { Feature, FeatureCollection } from 'geojson';
import type { PlotLoadResult } from '../../domain/load-plots';
import type { Finding } from '../../domain/findings';
import type { Plot } from '../../domain/types';
import { LoadError } from '../load-error';
import { withGeometries } from './packed-geometry';
import { restoreProperties } from './wire-properties';
import { SharedStrings } from './shared-strings';
import type { BoundariesRequest, FromWorker, ImportChoices, ImportedOutlines, LoadRequest, LoadSource, MemoryBudget, ProgressMessage, ToWorker } from './protocol';

/** What the loading worker prepared for the map: the plots packed for it, and their bounds. */
export interface MapPlots {
  features: Blob;
  bounds: [number, number, number, number] | null;
}

/** A loaded parcels file: the plots and findings, and the plots packed for the map. */
export interface ParcelsLoad extends PlotLoadResult {
  mapPlots: MapPlots;
  /** Outlines an import brought with its plots. */
  outlines?: ImportedOutlines;
}

export interface LoadOptions {
  /** Abort to stop the load at once; the promise then resolves to null and nothing of the load is kept. */
  signal: AbortSignal;
  onProgress(progress: ProgressMessage): void;
  /** An import's settings from its preview: the files are read as the import settled. */
  choices?: ImportChoices;
}

interface ChromeMemory {
  memory?: { jsHeapSizeLimit?: number };
}

interface DeviceMemory {
  deviceMemory?: number;
}

/** What this browser lets a page hold, as far as it says (Chromium does; other browsers give null). */
export function memoryBudget(): MemoryBudget | null {
  const heapLimit = (performance as Performance & ChromeMemory).memory?.jsHeapSizeLimit;
  if (!heapLimit) return null;
  const deviceGiB = (navigator as Navigator & DeviceMemory).deviceMemory;
  return { heapLimitBytes: heapLimit, deviceBytes: deviceGiB ? deviceGiB * 1024 ** 3 : null };
}

/**
 * Runs one request in a loading worker of its own, and settles when the worker does. `take`
 * gets every message but progress, error and cancel; it returns `{ done }` with what to
 * resolve to once the worker's last message has come. Resolves to null when cancelled.
 */
function runInWorker<T>(
  request: LoadRequest | BoundariesRequest,
  { signal, onProgress }: LoadOptions,
  take: (message: FromWorker) => { done: T } | undefined,
): Promise<T | null> {
  if (signal.aborted) return Promise.resolve(null);
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'loader' });
  return new Promise<T | null>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      const message: ToWorker = { type: 'cancel' };
      worker.postMessage(message);
      // The worker may be deep in a batch; stop it now rather than wait for its answer.
      finish();
      resolve(null);
    };
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress(message);
          break;
        case 'error':
          finish();
          reject(new LoadError(message.messageZh, message.messageEn));
          break;
        case 'cancelled':
          finish();
          resolve(null);
          break;
        default: {
          const taken = take(message);
          if (taken) {
            finish();
            resolve(taken.done);
          }
        }
      }
    };
    // A message the page could not take in (its structured clone failed) would otherwise be dropped without a word, leaving the load waiting for ever.
    worker.onmessageerror = () => {
      finish();
      reject(new LoadError('载入失败：载入进程发来的数据无法读取', 'Loading failed: the loading worker sent data the page could not read'));
    };
    worker.onerror = (event) => {
      finish();
      reject(new LoadError(`载入失败：${event.message}`, `Loading failed: ${event.message}`));
    };
    worker.postMessage(request);
  });
}

/**
 * Loads a parcels file in a worker of its own: the page only receives the plots, a run at a
 * time, and progress. The plots are kept here until the whole file is loaded, so a cancelled
 * or failed load leaves the app as it was. Rejects with a `LoadError` when the file cannot be
 * loaded; resolves to null when cancelled.
 */
export function loadParcelsInWorker(source: LoadSource, options: LoadOptions): Promise<ParcelsLoad | null> {
  const plots: Plot[] = [];
  const featureFindings: Finding[] = [];
  const strings = new SharedStrings();
  const request: LoadRequest = { type: 'load', source, memory: memoryBudget(), ...(options.choices ? { choices: options.choices } : {}) };
  return runInWorker<ParcelsLoad>(request, options, (message) => {
    if (message.type === 'plots') {
      restoreProperties(message.plots);
      strings.share(message.plots);
      for (const plot of withGeometries(message.plots, message.geometries)) plots.push(plot);
      for (const finding of message.findings) featureFindings.push(finding);
    } else if (message.type === 'result') {
      const mapPlots = { features: message.mapFeatures, bounds: message.bounds };
      const outlines = message.outlines ? { outlines: message.outlines } : {};
      return { done: { plots, findings: [...message.findings, ...featureFindings], inputCount: message.inputCount, rejectedCount: message.rejectedCount, mapPlots, ...outlines } };
    }
    return undefined;
  });
}

/**
 * Reads a campaign's boundaries file (townships or villages) in a loading worker, so that the
 * page never parses it: resolves to its features as a collection, or null when cancelled.
 */
export function loadBoundariesInWorker(source: LoadSource, options: LoadOptions): Promise<FeatureCollection | null> {
  const features: Feature[] = [];
  return runInWorker<FeatureCollection>({ type: 'boundaries', source, memory: memoryBudget() }, options, (message) => {
    if (message.type === 'boundary-features') {
      for (const feature of message.features) features.push(feature);
    } else if (message.type === 'boundaries-result') {
      return { done: { type: 'FeatureCollection', features } };
    }
    return undefined;
  });
}
