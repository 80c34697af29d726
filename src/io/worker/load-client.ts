import type { PlotLoadResult } from '../../domain/load-plots';
import type { Plot } from '../../domain/types';
import { LoadError } from '../load-error';
import type { FromWorker, LoadSource, MemoryBudget, ProgressMessage, ToWorker } from './protocol';

/** A loaded parcels file: the plots and findings, and the map's text of them. */
export interface ParcelsLoad extends PlotLoadResult {
  mapFeatures: Blob;
}

export interface LoadHandle {
  /** The loaded file; null when cancelled; rejects with a `LoadError` when the file cannot be loaded. */
  result: Promise<ParcelsLoad | null>;
  /** Stops the load at once; `result` then resolves to null. Nothing of the load is kept. */
  cancel(): void;
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
 * Loads a parcels file in a worker of its own: the page only receives the plots, a run at a
 * time, and progress. The plots are kept here until the whole file is loaded, so a cancelled
 * or failed load leaves the app as it was.
 */
export function loadParcelsInWorker(source: LoadSource, onProgress: (progress: ProgressMessage) => void): LoadHandle {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'parcels loader' });
  const plots: Plot[] = [];
  let settle: (value: ParcelsLoad | null) => void = () => undefined;
  let fail: (error: LoadError) => void = () => undefined;
  const result = new Promise<ParcelsLoad | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const finish = () => worker.terminate();

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    switch (message.type) {
      case 'progress':
        onProgress(message);
        break;
      case 'plots':
        for (const plot of message.plots) plots.push(plot);
        break;
      case 'result':
        finish();
        settle({ plots, findings: message.findings, inputCount: message.inputCount, rejectedCount: message.rejectedCount, mapFeatures: message.mapFeatures });
        break;
      case 'error':
        finish();
        fail(new LoadError(message.messageZh, message.messageEn));
        break;
      case 'cancelled':
        finish();
        settle(null);
        break;
    }
  };
  worker.onerror = (event) => {
    finish();
    fail(new LoadError(`载入失败：${event.message}`, `Loading failed: ${event.message}`));
  };
  const request: ToWorker = { type: 'load', source, memory: memoryBudget() };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      const cancel: ToWorker = { type: 'cancel' };
      worker.postMessage(cancel);
      // The worker may be deep in a batch; stop it now rather than wait for its answer.
      finish();
      settle(null);
    },
  };
}
