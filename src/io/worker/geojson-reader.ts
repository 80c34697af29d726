import { featuresOf } from '../../domain/load-plots';
import { LoadError } from '../load-error';
import { FeatureArrayScanner } from './feature-array-scanner';
import type { ReaderContext, ReaderFile } from './readers';

function invalidJson(name: string, error: unknown): LoadError {
  const detail = error instanceof Error ? error.message : String(error);
  return new LoadError(`${name} 不是有效的 JSON/GeoJSON 文件：${detail}`, `${name} is not valid JSON/GeoJSON: ${detail}`);
}

/**
 * Reads a GeoJSON file as a stream: the features come out a run at a time while the bytes
 * arrive, so no string ever holds the whole file (a browser string stops near 512 MB) and
 * the memory in use is the features being read, not the file. Each run of whole features is
 * parsed by `JSON.parse`, which is faster than any parser written in JavaScript.
 */
export async function* readGeoJson(files: readonly ReaderFile[], context: ReaderContext): AsyncGenerator<unknown[]> {
  const file = files[0];
  const scanner = new FeatureArrayScanner();
  const decoder = new TextDecoder();
  const reader = file.stream().getReader();
  let doneBytes = 0;
  let featuresRead = 0;
  try {
    for (;;) {
      if (context.signal.aborted) return;
      const { value, done } = await reader.read();
      if (done) break;
      doneBytes += value.length;
      context.bytesRead(doneBytes);
      let runs: Uint8Array[];
      try {
        runs = scanner.push(value);
      } catch (error) {
        throw invalidJson(file.name, error);
      }
      for (const run of runs) {
        const features = parseRun(decoder.decode(run), file.name, featuresRead);
        featuresRead += features.length;
        yield features;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(decoder.decode(scanner.skeletonBytes()));
  } catch (error) {
    throw invalidJson(file.name, error);
  }
  const { features, fileIssue } = featuresOf(skeleton);
  if (fileIssue) context.note(fileIssue);
  // With no features array met, the root itself (a single Feature, say) is what there is to read.
  if (!scanner.foundFeatures && features.length > 0) yield features;
}

function parseRun(text: string, name: string, featuresBefore: number): unknown[] {
  try {
    return JSON.parse(`[${text}]`) as unknown[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw invalidJson(name, `${detail} (after feature ${featuresBefore})`);
  }
}
