import type { Feature, FeatureCollection } from 'geojson';
import type { Finding } from '../../domain/findings';
import type { Plot, PlotGeometry } from '../../domain/types';
import type { CoordinateSystem } from '../import/coordinate-system';
import type { TextEncoding } from '../import/encoding';
import type { PackedGeometries } from './packed-geometry';

/**
 * The messages between the page and the loading worker. Both sides import this file and
 * nothing else of each other.
 *
 * page → worker: `load` or `boundaries` (one per worker), then perhaps `cancel`.
 * worker → page, for `load`: any number of `progress` and `plots` messages in file order, then
 * exactly one of `result`, `error` or `cancelled`; for `boundaries`: any number of `progress`
 * and `boundary-features` messages, then one of `boundaries-result`, `error` or `cancelled`.
 */

/** Where a load's bytes come from. */
export type LoadSource =
  /** Files the user picked or dropped: the first is the main file, the rest its companions (.dbf, .prj, .cpg …). */
  | { kind: 'files'; files: File[] }
  /** A file of the app's own site, from a `?campaign=` folder or the demo. `name` is for messages. */
  | { kind: 'url'; url: string; name: string };

/** The worker's steps: reading bytes, parsing them, converting coordinates (imports), checking features and measuring their areas. */
export type LoadStage = 'read' | 'parse' | 'convert' | 'validate';

export interface LoadRequest {
  type: 'load';
  source: LoadSource;
  /**
   * What the browser can hold, measured on the page (the worker cannot see the page's heap):
   * see `memory-limits.ts`. Null when the browser does not tell.
   */
  memory: MemoryBudget | null;
  /** An import's settings from its preview (see below); absent for a plain parcels file. */
  choices?: ImportChoices;
}

/**
 * A campaign's boundaries file (townships or villages): read and parsed in the worker like a
 * parcels file, its features handed over as they are (no plot checks), a run at a time.
 */
export interface BoundariesRequest {
  type: 'boundaries';
  source: LoadSource;
  memory: MemoryBudget | null;
}

export interface CancelRequest {
  type: 'cancel';
}

export type ToWorker = LoadRequest | BoundariesRequest | CancelRequest;

export interface MemoryBudget {
  /** Bytes one JavaScript heap (the page's, a worker's) may grow to. */
  heapLimitBytes: number;
  /** The device's memory in bytes, as far as the browser says (it rounds and caps it). */
  deviceBytes: number | null;
}

export interface ProgressMessage {
  type: 'progress';
  stage: LoadStage;
  /** Bytes read so far (of `totalBytes`) — the bar follows these. */
  doneBytes: number;
  /** Null when the size is not known before reading (a server that does not say). */
  totalBytes: number | null;
  /** Features read so far. */
  features: number;
}

/**
 * A plot as it travels: its outline is null when it travels packed, beside it. Properties
 * nested too deep for the browser's structured clone travel as JSON text in `propertiesJson`
 * (with `properties` left empty) and are read back on the page (see wire-properties.ts).
 */
export type WirePlot = Omit<Plot, 'geometry'> & { geometry: PlotGeometry | null; propertiesJson?: string };

/**
 * A run of loaded plots, in file order; the page keeps them until the result arrives. The
 * outlines travel packed in transferred typed arrays (see packed-geometry.ts).
 */
export interface PlotsMessage {
  type: 'plots';
  plots: WirePlot[];
  geometries: PackedGeometries;
  /**
   * The findings on the features read since the last run (these plots' and the rejected
   * features'), in file order. They travel with the plots: a file with a finding on each of a
   * million features would not fit in one message at the end.
   */
  findings: Finding[];
}

export interface ResultMessage {
  type: 'result';
  /** The findings on the file as a whole; those on features came with the plots. */
  findings: Finding[];
  inputCount: number;
  rejectedCount: number;
  /**
   * The loaded plots as the map draws them (index, stage, outline), packed in the worker
   * (map-plots-writer.ts) so that the map's own worker can read them from a blob: URL and the
   * page never serialises 100,000 geometries itself.
   */
  mapFeatures: Blob;
  /** West, south, east, north of every loaded plot; null when none was loaded. */
  bounds: [number, number, number, number] | null;
  /** Outlines an import brought with its plots (see below); absent when it brought none. */
  outlines?: ImportedOutlines;
}

/** The load failed as a whole, with a message for the user in both languages. */
export interface ErrorMessage {
  type: 'error';
  messageZh: string;
  messageEn: string;
}

export interface CancelledMessage {
  type: 'cancelled';
}

/** A run of a boundaries file's features, in file order. */
export interface BoundaryFeaturesMessage {
  type: 'boundary-features';
  features: Feature[];
}

/** The boundaries file was read to its end. */
export interface BoundariesResultMessage {
  type: 'boundaries-result';
}

export type FromWorker =
  | ProgressMessage
  | PlotsMessage
  | ResultMessage
  | BoundaryFeaturesMessage
  | BoundariesResultMessage
  | ErrorMessage
  | CancelledMessage;

// ── Import (导入数据): what the preview settled, and the outlines an import brings ──

/** What a layer of the imported files becomes. */
export type ImportLayerRole = 'parcels' | 'townships' | 'villages' | 'skip';

/** The preview's settings for one layer, in the order the import reads the files' layers. */
export interface ImportLayerChoice {
  /** The layer's name, to check the worker reads the same layers the preview showed. */
  name: string;
  role: ImportLayerRole;
  /** A text encoding chosen over the one the import found; null keeps it. */
  encoding: TextEncoding | null;
  /** The coordinate system chosen or confirmed. */
  system: CoordinateSystem;
}

/** Present on a load request that is an import: the files are read, decoded and converted as the preview settled. */
export interface ImportChoices {
  layers: ImportLayerChoice[];
}

/** Township and village outlines from imported boundary layers, in longitude/latitude. */
export interface ImportedOutlines {
  townships: FeatureCollection | null;
  villages: FeatureCollection | null;
}
