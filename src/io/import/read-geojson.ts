import type { Geometry } from 'geojson';
import type { CoordinateSystem } from './coordinate-system';
import { decodeText, probeEncoding } from './encoding';
import type { RawFeature, RawLayer } from './import-types';
import { zoneByEpsg } from './projections';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeGeometry(value: unknown): value is Geometry {
  return isRecord(value) && typeof value.type === 'string' && (Array.isArray(value.coordinates) || Array.isArray(value.geometries));
}

/** The features of any GeoJSON shape the plot loader accepts: a collection, an array, one feature. */
function featureList(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (isRecord(json) && Array.isArray(json.features)) return json.features;
  if (isRecord(json) && json.type === 'Feature') return [json];
  return [];
}

/** An old-style GeoJSON `crs` member naming an EPSG code, e.g. "urn:ogc:def:crs:EPSG::4528". */
function declaredCrs(json: unknown): RawLayer['declaredSystem'] {
  if (!isRecord(json) || !isRecord(json.crs) || !isRecord(json.crs.properties)) return null;
  const name = String(json.crs.properties.name ?? '');
  const epsg = Number(/EPSG:{1,2}(\d+)/i.exec(name)?.[1]);
  if (epsg === 4326 || epsg === 4490 || /CRS84/i.test(name)) return { system: { kind: 'lonlat' }, reason: { zh: `文件声明坐标系 ${name}`, en: `the file declares ${name}` } };
  const zone = zoneByEpsg(epsg);
  if (!zone) return null;
  const system: CoordinateSystem = { kind: 'gauss-kruger', epsg, towgs84: null };
  return { system, reason: { zh: `文件声明坐标系 ${name}`, en: `the file declares ${name}` } };
}

/** A GeoJSON file (UTF-8 by rule; a GBK file is recognised by the probe and decoded as GBK). */
export function readGeoJson(fileName: string, bytes: Uint8Array): { layer: RawLayer | null; problem: { zh: string; en: string } | null } {
  const encoding = probeEncoding(bytes);
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes, encoding.encoding));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { layer: null, problem: { zh: `“${fileName}”不是有效的 JSON（${detail}）`, en: `"${fileName}" is not valid JSON (${detail})` } };
  }
  const raw = featureList(json);
  if (raw.length === 0 && !(isRecord(json) && (json.type === 'FeatureCollection' || Array.isArray(json.features)))) {
    return { layer: null, problem: { zh: `“${fileName}”是 JSON，但不是 GeoJSON 要素集合`, en: `"${fileName}" is JSON but not a GeoJSON feature collection` } };
  }
  const features: RawFeature[] = raw.map((feature) => ({
    geometry: isRecord(feature) && looksLikeGeometry(feature.geometry) ? feature.geometry : null,
    properties: isRecord(feature) && isRecord(feature.properties) ? feature.properties : {},
    original: feature,
  }));
  const notes: RawLayer['notes'] = [];
  if (Array.isArray(json)) notes.push({ zh: '文件是要素数组而不是 FeatureCollection，已逐个读取', en: 'the file is an array of features, not a FeatureCollection; each was read' });
  return {
    layer: {
      name: fileName,
      format: 'geojson',
      features,
      prj: null,
      encoding: encoding.source === 'gbk-fallback' ? encoding : null,
      dbf: null,
      declaredSystem: declaredCrs(json),
      notes,
    },
    problem: null,
  };
}
