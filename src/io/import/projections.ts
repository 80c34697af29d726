/**
 * Built-in Gauss-Krüger definitions for China: CGCS2000 (EPSG 4491–4554), Xi'an 1980 and
 * Beijing 1954, each in 3° and 6° zones, with and without the zone number in front of the
 * easting. Generated from the zone arithmetic rather than shipped as a 7 MB EPSG list.
 */
export type GeodeticDatum = 'cgcs2000' | 'xian1980' | 'beijing1954';
export type ZoneWidth = 3 | 6;

export interface GaussKrugerZone {
  epsg: number;
  datum: GeodeticDatum;
  width: ZoneWidth;
  /** Zone number: 25–45 for 3° zones, 13–23 for 6° zones in China. */
  zone: number;
  centralMeridian: number;
  /** True when the false easting carries the zone number (x = 40 512 345.6). */
  zonePrefix: boolean;
}

const DATUM_ELLIPSOID: Readonly<Record<GeodeticDatum, string>> = {
  cgcs2000: '+ellps=GRS80',
  xian1980: '+a=6378140 +rf=298.257',
  beijing1954: '+ellps=krass',
};

export const DATUM_NAMES: Readonly<Record<GeodeticDatum, { zh: string; en: string }>> = {
  cgcs2000: { zh: 'CGCS2000', en: 'CGCS2000' },
  xian1980: { zh: '西安 1980', en: "Xi'an 1980" },
  beijing1954: { zh: '北京 1954', en: 'Beijing 1954' },
};

/** First EPSG code of each block, in the order: 6° with prefix, 6° by CM, 3° with prefix, 3° by CM. */
const EPSG_BLOCKS: Readonly<Record<GeodeticDatum, readonly [number, number, number, number]>> = {
  cgcs2000: [4491, 4502, 4513, 4534],
  xian1980: [2327, 2338, 2349, 2370],
  beijing1954: [21413, 21473, 2401, 2422],
};

const SIX_DEGREE_ZONES = { first: 13, last: 23 };
const THREE_DEGREE_ZONES = { first: 25, last: 45 };

export function centralMeridianOf(width: ZoneWidth, zone: number): number {
  return width === 6 ? zone * 6 - 3 : zone * 3;
}

function buildZones(): GaussKrugerZone[] {
  const zones: GaussKrugerZone[] = [];
  for (const datum of Object.keys(EPSG_BLOCKS) as GeodeticDatum[]) {
    const [sixPrefix, sixPlain, threePrefix, threePlain] = EPSG_BLOCKS[datum];
    for (let zone = SIX_DEGREE_ZONES.first; zone <= SIX_DEGREE_ZONES.last; zone++) {
      const offset = zone - SIX_DEGREE_ZONES.first;
      const centralMeridian = centralMeridianOf(6, zone);
      zones.push({ epsg: sixPrefix + offset, datum, width: 6, zone, centralMeridian, zonePrefix: true });
      zones.push({ epsg: sixPlain + offset, datum, width: 6, zone, centralMeridian, zonePrefix: false });
    }
    for (let zone = THREE_DEGREE_ZONES.first; zone <= THREE_DEGREE_ZONES.last; zone++) {
      const offset = zone - THREE_DEGREE_ZONES.first;
      const centralMeridian = centralMeridianOf(3, zone);
      zones.push({ epsg: threePrefix + offset, datum, width: 3, zone, centralMeridian, zonePrefix: true });
      zones.push({ epsg: threePlain + offset, datum, width: 3, zone, centralMeridian, zonePrefix: false });
    }
  }
  return zones;
}

export const GAUSS_KRUGER_ZONES: readonly GaussKrugerZone[] = buildZones();

export function zoneByEpsg(epsg: number): GaussKrugerZone | null {
  return GAUSS_KRUGER_ZONES.find((zone) => zone.epsg === epsg) ?? null;
}

export function findZone(datum: GeodeticDatum, width: ZoneWidth, zone: number, zonePrefix: boolean): GaussKrugerZone | null {
  return GAUSS_KRUGER_ZONES.find((candidate) => candidate.datum === datum && candidate.width === width && candidate.zone === zone && candidate.zonePrefix === zonePrefix) ?? null;
}

/** Seven Helmert parameters (dx, dy, dz in m; rx, ry, rz in arc seconds; ds in ppm) to WGS84. */
export type SevenParameters = readonly [number, number, number, number, number, number, number];

/** The zone as a proj4 definition; Xi'an 1980 and Beijing 1954 take local parameters when given. */
export function proj4Definition(zone: GaussKrugerZone, towgs84: SevenParameters | null = null): string {
  const falseEasting = zone.zonePrefix ? zone.zone * 1_000_000 + 500_000 : 500_000;
  const shift = zone.datum !== 'cgcs2000' && towgs84 ? ` +towgs84=${towgs84.join(',')}` : '';
  return `+proj=tmerc +lat_0=0 +lon_0=${zone.centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 ${DATUM_ELLIPSOID[zone.datum]}${shift} +units=m +no_defs`;
}

export function zoneName(zone: GaussKrugerZone): { zh: string; en: string } {
  const datum = DATUM_NAMES[zone.datum];
  const width = zone.width === 3 ? '3°' : '6°';
  const prefixZh = zone.zonePrefix ? `第 ${zone.zone} 带（横坐标带带号）` : `中央经线 ${zone.centralMeridian}°E（横坐标不带带号）`;
  const prefixEn = zone.zonePrefix ? `zone ${zone.zone} (zone number in the easting)` : `central meridian ${zone.centralMeridian}°E (no zone number)`;
  return {
    zh: `${datum.zh} 高斯-克吕格 ${width}分带 ${prefixZh}，EPSG:${zone.epsg}`,
    en: `${datum.en} Gauss-Krüger ${width} ${prefixEn}, EPSG:${zone.epsg}`,
  };
}
