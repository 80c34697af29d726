import { parseShp } from 'shpjs';
import { decodeText, resolveDbfEncoding, type EncodingDecision, type TextEncoding } from './encoding';
import type { ImportFile, RawFeature, RawLayer } from './import-types';
import { readDbfRecords } from './read-dbf';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function baseOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot < 0 ? name : name.slice(0, dot)).toLowerCase();
}

/** The Shapefile sets among the files: one per `.shp`, its sidecars matched by name. */
export function readShapefiles(files: readonly ImportFile[]): RawLayer[] {
  const byBase = new Map<string, Map<string, ImportFile>>();
  for (const file of files) {
    const base = baseOf(file.name);
    const set = byBase.get(base) ?? new Map<string, ImportFile>();
    set.set(extensionOf(file.name), file);
    byBase.set(base, set);
  }
  const layers: RawLayer[] = [];
  for (const set of byBase.values()) {
    const shp = set.get('shp');
    if (shp) layers.push(readShapefileSet(shp, set.get('dbf') ?? null, set.get('prj') ?? null, set.get('cpg') ?? null));
  }
  return layers;
}

export function readShapefileSet(shp: ImportFile, dbf: ImportFile | null, prj: ImportFile | null, cpg: ImportFile | null): RawLayer {
  const notes: RawLayer['notes'] = [];
  const geometries = parseShp(shp.bytes);
  let encoding: EncodingDecision | null = null;
  let records: Record<string, unknown>[] = [];
  if (dbf) {
    encoding = resolveDbfEncoding(dbf.bytes, cpg ? decodeText(cpg.bytes, 'utf-8') : null);
    records = readDbfRecords(dbf.bytes, encoding.encoding);
  } else {
    notes.push({ zh: `“${shp.name}”没有同名 .dbf，地块没有属性`, en: `"${shp.name}" has no .dbf beside it; the plots have no attributes` });
  }
  if (dbf && records.length !== geometries.length) {
    notes.push({
      zh: `“${shp.name}”有 ${geometries.length} 个图形，而 .dbf 有 ${records.length} 条记录；按顺序配对，多出的没有属性或没有图形`,
      en: `"${shp.name}" has ${geometries.length} shapes but its .dbf has ${records.length} records; they were paired in order, and the extra ones have no attributes or no shape`,
    });
  }
  const count = Math.max(geometries.length, records.length);
  const features: RawFeature[] = [];
  for (let index = 0; index < count; index++) {
    features.push({ geometry: geometries[index] ?? null, properties: records[index] ?? {} });
  }
  return {
    name: shp.name,
    format: 'shapefile',
    features,
    prj: prj ? decodeText(prj.bytes, 'utf-8') : null,
    encoding,
    dbf: dbf ? dbf.bytes : null,
    declaredSystem: null,
    notes,
  };
}

/** The layer's attributes read again in another encoding, as the user chose in the preview. */
export function withDbfEncoding(layer: RawLayer, encoding: TextEncoding): RawLayer {
  if (!layer.dbf) return layer;
  const records = readDbfRecords(layer.dbf, encoding);
  return {
    ...layer,
    encoding: { encoding, source: 'chosen', evidence: '' },
    features: layer.features.map((feature, index) => ({ ...feature, properties: records[index] ?? {} })),
  };
}
