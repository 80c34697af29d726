import type { Issue } from '../../domain/findings';
import { readImport } from '../import/import-reader';
import { readGeoJson } from './geojson-reader';
import type { ImportChoices, ImportedOutlines, LoadStage } from './protocol';

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
  // ── Import (导入数据) ──
  /** The import preview's settings when the load is an import; null otherwise. */
  choices: ImportChoices | null;
  /** The step the reader is in now, for the bar (an import says 'convert' while it converts coordinates). */
  stage(stage: LoadStage): void;
  /** Township and village outlines the files brought, handed to the page with the result. */
  outlines(outlines: ImportedOutlines): void;
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
  // ── Import (导入数据): every format the preview reads, read whole, decoded and converted as it settled ──
  import: readImport,
};
