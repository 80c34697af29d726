import { DATUM_NAMES, zoneByEpsg, zoneName, type SevenParameters } from './projections';

/** What the coordinates of a layer are in, as chosen or confirmed for the import. */
export type CoordinateSystem =
  | { kind: 'lonlat' }
  | { kind: 'gcj02' }
  | { kind: 'bd09' }
  | { kind: 'gauss-kruger'; epsg: number; towgs84: SevenParameters | null }
  | { kind: 'wkt'; wkt: string; name: string };

export function describeCoordinateSystem(system: CoordinateSystem): { zh: string; en: string } {
  switch (system.kind) {
    case 'lonlat':
      return { zh: 'CGCS2000/WGS84 经纬度', en: 'CGCS2000/WGS84 longitude/latitude' };
    case 'gcj02':
      return { zh: 'GCJ-02 经纬度（高德/腾讯/奥维）', en: 'GCJ-02 longitude/latitude (Amap/Tencent/Ovital)' };
    case 'bd09':
      return { zh: 'BD-09 经纬度（百度）', en: 'BD-09 longitude/latitude (Baidu)' };
    case 'gauss-kruger': {
      const zone = zoneByEpsg(system.epsg);
      return zone ? zoneName(zone) : { zh: `EPSG:${system.epsg}`, en: `EPSG:${system.epsg}` };
    }
    case 'wkt':
      return { zh: `.prj 中的坐标系 ${system.name}`, en: `the .prj's coordinate system ${system.name}` };
  }
}

/** Xi'an 1980 and Beijing 1954 reach WGS84 only through local parameters; without them they can be tens of metres off. */
export function datumWarning(system: CoordinateSystem): { zh: string; en: string } | null {
  if (system.kind !== 'gauss-kruger') return null;
  const zone = zoneByEpsg(system.epsg);
  if (!zone || zone.datum === 'cgcs2000') return null;
  const name = DATUM_NAMES[zone.datum];
  if (system.towgs84) {
    return {
      zh: `${name.zh} 坐标按所填七参数（${system.towgs84.join(', ')}）转换到 CGCS2000`,
      en: `${name.en} coordinates converted to CGCS2000 with the seven parameters given (${system.towgs84.join(', ')})`,
    };
  }
  return {
    zh: `${name.zh} 坐标没有当地七参数，只换算了椭球，位置可能偏差数十米；请向测绘部门索取转换参数`,
    en: `${name.en} coordinates were converted without local seven parameters (ellipsoid only) and can be tens of metres off; ask the surveying office for the transformation parameters`,
  };
}
