import type { Issue } from '../../domain/findings';
import { readGeoJson } from './geojson-reader';

/** One file a reader may read: the main file or a companion (.dbf, .prj, .cpg …). */
export interface ReaderFile {
  name: string;
  /** Bytes, when known before reading. */
  size: number | null;
  /** The bytes as they arrive; read a file of any size this way. */
  stream(): ReadableStream<Uint8Array>;
  /** All the bytes at once, for formats that need them whole (zip). Mind the memory budget. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReaderContext {
  /** Aborted when the user cancels; stop reading and return. */
  signal: AbortSignal;
  /** Bytes of the main file read so far; drives the progress bar. */
  bytesRead(doneBytes: number): void;
  /** A note about the file as a whole for the data checks: encoding used, projection converted … */
  note(issue: Issue): void;
}

/**
 * Turns a format's bytes into raw GeoJSON features, in file order, a batch at a time:
 * `files[0]` is the main file, the rest its companions. The pipeline validates each feature
 * (the same checks for every format), computes areas and hands the plots to the page; a reader
 * only reads. Throw a `LoadError` for a file that cannot be read at all.
 */
export type FeatureReader = (files: readonly ReaderFile[], context: ReaderContext) => AsyncIterable<unknown[]>;

/** The reader of each format in formats.ts, by its key. */
export const READERS: Readonly<Record<string, FeatureReader>> = {
  geojson: readGeoJson,
};
