import type { Feature } from 'geojson';
import { LoadError } from '../load-error';
import { readGeoJson } from './geojson-reader';
import { memoryProblem } from './memory-limits';
import { formatFor } from './formats';
import type { BoundariesRequest } from './protocol';
import type { Post } from './load-pipeline';
import type { ReaderContext, ReaderFile } from './readers';

const PROGRESS_INTERVAL_MS = 100;
/** Features per message: each stays a short task for the page to take in. */
const FEATURES_PER_MESSAGE = 500;

function isFeature(value: unknown): value is Feature {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Feature';
}

/**
 * Reads a campaign's boundaries file (townships or villages) in the worker: streamed and
 * parsed like a parcels file, so a large one never holds up the page; its features go to the
 * page as they are, a run at a time. What is not a feature is left out, as before.
 */
export async function runBoundaries(request: BoundariesRequest, files: readonly ReaderFile[], signal: AbortSignal, post: Post): Promise<void> {
  const file = files[0];
  const format = formatFor(file.name) ?? formatFor('.geojson');
  const limit = memoryProblem(file.name, file.size, format?.memoryFactor ?? 1, request.memory);
  if (limit) throw new LoadError(limit.zh, limit.en);
  let doneBytes = 0;
  let features = 0;
  let lastProgress = -Infinity;
  const progress = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    post({ type: 'progress', stage: 'parse', doneBytes, totalBytes: file.size, features });
  };
  const context: ReaderContext = {
    signal,
    bytesRead: (bytes: number) => {
      doneBytes = bytes;
      progress(false);
    },
    note: () => undefined,
    choices: null,
    stage: () => undefined,
    outlines: () => undefined,
  };
  progress(true);
  let run: Feature[] = [];
  for await (const batch of readGeoJson([file], context)) {
    if (signal.aborted) return;
    for (const feature of batch) {
      if (!isFeature(feature)) continue;
      run.push(feature);
      features++;
      if (run.length >= FEATURES_PER_MESSAGE) {
        post({ type: 'boundary-features', features: run });
        run = [];
      }
    }
  }
  if (signal.aborted) return;
  if (run.length > 0) post({ type: 'boundary-features', features: run });
  progress(true);
  post({ type: 'boundaries-result' });
}
