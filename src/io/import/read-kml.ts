import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import type { Geometry } from 'geojson';
import type { RawLayer } from './import-types';

/**
 * What coordinates an Ovital (奥维互动地图) file declares. Ovital writes `<OvCoordType>` on its
 * placemarks (GCJ02, WGS84 or CGCS2000); its KML exports without it are GCJ-02 all the same.
 */
function ovitalSystem(text: string, fileName: string): RawLayer['declaredSystem'] {
  const declared = [...text.matchAll(/<OvCoordType>\s*([^<\s]*)\s*<\/OvCoordType>/gi)].map((match) => match[1].toUpperCase().replace(/[-_]/g, ''));
  const isOvital = declared.length > 0 || /<Ov[A-Z]\w*>/.test(text) || /\.ovkml$/i.test(fileName);
  if (!isOvital) return null;
  const kinds = new Set(declared);
  if (kinds.size === 0 || (kinds.size === 1 && kinds.has('GCJ02'))) {
    const zh = kinds.size === 0 ? '奥维互动地图文件（未写坐标类型，奥维导出的 KML 为 GCJ-02）' : '奥维互动地图文件声明坐标类型为 GCJ-02';
    const en = kinds.size === 0 ? 'an Ovital file (no coordinate type written; Ovital KML exports are GCJ-02)' : 'an Ovital file declaring GCJ-02 coordinates';
    return { system: { kind: 'gcj02' }, reason: { zh, en } };
  }
  if ([...kinds].every((kind) => kind === 'WGS84' || kind === 'CGCS2000')) {
    return { system: { kind: 'lonlat' }, reason: { zh: `奥维互动地图文件声明坐标类型为 ${[...kinds].join('、')}`, en: `an Ovital file declaring ${[...kinds].join(', ')} coordinates` } };
  }
  return null;
}

/** Placemarks of a KML document as raw features (KML is longitude/latitude by definition). */
export function readKml(text: string, fileName: string): RawLayer {
  const document = new DOMParser().parseFromString(text, 'text/xml');
  const collection = kml(document as unknown as Document);
  const notes: RawLayer['notes'] = [];
  const features = collection.features.map((feature) => ({
    geometry: feature.geometry as Geometry | null,
    properties: { ...(feature.properties ?? {}) } as Record<string, unknown>,
  }));
  const declared = [...text.matchAll(/<OvCoordType>\s*([^<\s]*)/gi)].map((match) => match[1]);
  if (new Set(declared.map((kind) => kind.toUpperCase())).size > 1) {
    notes.push({ zh: `文件中的坐标类型不一致（${[...new Set(declared)].join('、')}），请在预览中选择`, en: `the file declares different coordinate types (${[...new Set(declared)].join(', ')}); choose one in the preview` });
  }
  return { name: fileName, format: 'kml', features, prj: null, encoding: null, dbf: null, declaredSystem: ovitalSystem(text, fileName), notes };
}
