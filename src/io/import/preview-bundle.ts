import type { RawLayer } from './import-types';
import type { ImportBundle } from './read-import-files';
import { extentOf, type Extent } from './transform-geometry';

/** Features and attribute rows of each layer kept for the preview: enough to see the text is right. */
export const PREVIEW_FEATURES = 20;

/** A layer as the preview shows it: its first features only, with the count and extent of all of them. */
export interface PreviewLayer extends RawLayer {
  featureCount: number;
  /** Of every feature's coordinates, as read (before any conversion); null when there are none. */
  extent: Extent | null;
}

/** What the preview shows of the files: their layers cut to the first rows; ledgers whole (they are joined on the page). */
export interface PreviewBundle extends Omit<ImportBundle, 'layers'> {
  layers: PreviewLayer[];
}

/** The dBASE table's header and first `records` rows, its record count set to match. */
export function firstDbfRecords(dbf: Uint8Array, records: number): Uint8Array {
  if (dbf.length < 12) return dbf;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const count = view.getUint32(4, true);
  if (count <= records) return dbf;
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const cut = dbf.slice(0, Math.min(dbf.length, headerLength + records * recordLength));
  new DataView(cut.buffer).setUint32(4, records, true);
  return cut;
}

function previewLayer(layer: RawLayer): PreviewLayer {
  return {
    ...layer,
    features: layer.features.slice(0, PREVIEW_FEATURES),
    dbf: layer.dbf ? firstDbfRecords(layer.dbf, PREVIEW_FEATURES) : null,
    featureCount: layer.features.length,
    extent: extentOf(layer.features.map((feature) => feature.geometry)),
  };
}

/** The bundle cut down for the page: the full read stays in the worker and is done again there, as settled, on import. */
export function previewBundle(bundle: ImportBundle): PreviewBundle {
  return { ...bundle, layers: bundle.layers.map(previewLayer) };
}
