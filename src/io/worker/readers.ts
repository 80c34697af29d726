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
 * Turns a format's bytes into raw GeoJSON features, in file order, a batch at a time. The
 * pipeline validates each feature (the same checks for every format), computes areas and
 * hands the plots to the page; a reader only reads. Throw a `LoadError` for a file that cannot
 * be read at all.
 */
export type FeatureReader = (files: readonly ReaderFile[], context: ReaderContext) => AsyncIterable<unknown[]>;

export interface ReaderEntry {
  /** For messages: GeoJSON, Shapefile, KML … */
  format: string;
  /** Lower-case file name endings this reader takes, dot included: ['.geojson', '.json']. */
  extensions: readonly string[];
  read: FeatureReader;
  /**
   * Bytes of memory a load of a main file of this size needs at its peak, all heaps together
   * (the page's plots, the map's index, the worker's batch): see `memory-limits.ts`.
   */
  memoryFactor: number;
}

/** Every format the app opens. A new format adds its entry here and nothing else changes. */
export const READERS: readonly ReaderEntry[] = [
  { format: 'GeoJSON', extensions: ['.geojson', '.json'], read: readGeoJson, memoryFactor: 4.5 },
];

export function readerFor(fileName: string): ReaderEntry | null {
  const name = fileName.toLowerCase();
  return READERS.find((entry) => entry.extensions.some((extension) => name.endsWith(extension))) ?? null;
}

/** The file endings the file picker offers. */
export function acceptedExtensions(): string[] {
  return READERS.flatMap((entry) => entry.extensions);
}
