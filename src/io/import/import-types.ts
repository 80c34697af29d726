import type { Geometry } from 'geojson';
import type { CoordinateSystem } from './coordinate-system';
import type { EncodingDecision } from './encoding';

/** A file handed to the import: its name (a path inside a zip included) and its bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface RawFeature {
  geometry: Geometry | null;
  properties: Record<string, unknown>;
  /** A GeoJSON feature exactly as it was in the file, so the plot checks see what was written. */
  original?: unknown;
}

export type LayerFormat = 'shapefile' | 'kml' | 'geojson';

/** Features read from one file or one Shapefile set, in the file's own coordinates. */
export interface RawLayer {
  name: string;
  format: LayerFormat;
  features: RawFeature[];
  /** The .prj text, if the layer had one. */
  prj: string | null;
  /** How the attribute text was decoded; null when the format fixes it (KML is XML, GeoJSON UTF-8 by rule). */
  encoding: EncodingDecision | null;
  /** The undecoded attribute table, kept so the user can choose another encoding in the preview. */
  dbf: Uint8Array | null;
  /** A coordinate system the file itself declares (Ovital's OvCoordType). */
  declaredSystem: { system: CoordinateSystem; reason: { zh: string; en: string } } | null;
  /** Problems met while reading, for the data checks. */
  notes: { zh: string; en: string }[];
}

/** A ledger (台账) table: column names and rows of text, numbers and dates as they were read. */
export interface RawTable {
  name: string;
  columns: string[];
  rows: Record<string, string | number | boolean | null>[];
  encoding: EncodingDecision | null;
  /** The undecoded CSV, kept so the user can choose another encoding in the preview. */
  csv: Uint8Array | null;
}
