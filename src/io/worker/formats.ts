/**
 * The file formats the app opens, by name only — what the file picker offers and what the
 * loading worker picks a reader by. Kept apart from the readers so that the page does not
 * load their code; the worker does.
 */
export interface FileFormat {
  /** Names the reader in readers.ts. */
  key: string;
  /** For messages: GeoJSON, Shapefile, KML … */
  label: string;
  /** Lower-case endings of a main file of this format, dot included: ['.geojson', '.json']. */
  extensions: readonly string[];
  /** Endings of companion files picked or dropped with it (.dbf, .prj, .cpg …). */
  companions: readonly string[];
  /**
   * Bytes of memory a load needs at its peak, all heaps together (the page's plots, the map's
   * index, the worker's batch), per byte of the main file: see `memory-limits.ts`.
   */
  memoryFactor: number;
}

// ── Import (导入数据) ──
/**
 * An import's files are held whole, read into features, converted, then loaded: about twice a
 * GeoJSON load's peak per byte of the main file.
 */
const IMPORT_MEMORY_FACTOR = 14;

/** A new format adds its entry here and its reader in readers.ts. */
export const FORMATS: readonly FileFormat[] = [
  // GeoJSON: the page's process peaked at 6.5–7.1× the file loading 300,000 demo plots (bench).
  { key: 'geojson', label: 'GeoJSON', extensions: ['.geojson', '.json'], companions: [], memoryFactor: 7 },
  // ── Import (导入数据): read whole in the worker, decoded and converted as the preview settled ──
  { key: 'import', label: 'Shapefile', extensions: ['.shp', '.zip'], companions: ['.shx', '.dbf', '.prj', '.cpg'], memoryFactor: IMPORT_MEMORY_FACTOR },
  { key: 'import', label: 'KML/KMZ', extensions: ['.kml', '.kmz', '.ovkml'], companions: [], memoryFactor: IMPORT_MEMORY_FACTOR },
];

/**
 * The format of a load that comes from the import preview: whatever the main file's name (a
 * GeoJSON in GBK, a .txt, a zip of several layers), the import reader reads it as settled.
 */
export function importFormatFor(fileName: string): FileFormat {
  const format = formatFor(fileName);
  return format?.key === 'import' ? format : { key: 'import', label: '导入数据', extensions: [], companions: [], memoryFactor: IMPORT_MEMORY_FACTOR };
}

export function formatFor(fileName: string): FileFormat | null {
  const name = fileName.toLowerCase();
  return FORMATS.find((format) => format.extensions.some((extension) => name.endsWith(extension))) ?? null;
}

/** What the file picker offers: every main file ending and every companion's. */
export function acceptedExtensions(): string[] {
  return [...new Set(FORMATS.flatMap((format) => [...format.extensions, ...format.companions]))];
}

/** The main file among those picked together: the first a format reads; null when there is none. */
export function mainFileIndex(names: readonly string[]): number | null {
  const index = names.findIndex((name) => formatFor(name) !== null);
  return index < 0 ? null : index;
}
