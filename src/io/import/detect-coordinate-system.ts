import type { CoordinateSystem } from './coordinate-system';
import type { Extent } from './transform-geometry';
import { centralMeridianOf, findZone, type GeodeticDatum, type ZoneWidth } from './projections';

/**
 * What the import could tell about a layer's coordinates. `system` is the best reading (null
 * when the user must say, e.g. a 6-digit easting with no .prj); `confirm` asks the user to
 * confirm a reading made from the numbers alone.
 */
export interface CoordinateDetection {
  system: CoordinateSystem | null;
  confirm: boolean;
  reason: { zh: string; en: string };
  /** A central meridian to suggest when the user must pick one. */
  suggestedCentralMeridian: number | null;
}

function datumOfWkt(wkt: string): GeodeticDatum {
  if (/xi.?an.?1980|xian80|iag.?1975|iag_75/i.test(wkt)) return 'xian1980';
  if (/beijing.?1954|krass/i.test(wkt)) return 'beijing1954';
  return 'cgcs2000';
}

function wktParameter(wkt: string, name: string): number | null {
  const match = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return match ? Number(match[1]) : null;
}

function wktName(wkt: string): string {
  return /^\s*\w+\s*\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? 'WKT';
}

/** A Gauss-Krüger .prj matched to the built-in table, so local datum parameters can be applied. */
function gaussKrugerFromWkt(wkt: string): CoordinateSystem | null {
  if (!/PROJCS/i.test(wkt) || !/gauss|kruger|transverse_mercator/i.test(wkt)) return null;
  const centralMeridian = wktParameter(wkt, 'Central_Meridian') ?? wktParameter(wkt, 'central_meridian');
  const falseEasting = wktParameter(wkt, 'False_Easting') ?? wktParameter(wkt, 'false_easting');
  const scale = wktParameter(wkt, 'Scale_Factor') ?? wktParameter(wkt, 'scale_factor') ?? 1;
  const falseNorthing = wktParameter(wkt, 'False_Northing') ?? wktParameter(wkt, 'false_northing') ?? 0;
  if (centralMeridian === null || falseEasting === null || scale !== 1 || falseNorthing !== 0) return null;
  const datum = datumOfWkt(wkt);
  const zonePrefix = falseEasting !== 500_000;
  for (const width of [3, 6] as ZoneWidth[]) {
    const zoneNumber = zonePrefix ? Math.round((falseEasting - 500_000) / 1_000_000) : centralMeridian / width + (width === 6 ? 0.5 : 0);
    if (!Number.isInteger(zoneNumber) || centralMeridianOf(width, zoneNumber) !== centralMeridian) continue;
    const zone = findZone(datum, width, zoneNumber, zonePrefix);
    if (zone && (!zonePrefix || zone.zone * 1_000_000 + 500_000 === falseEasting)) return { kind: 'gauss-kruger', epsg: zone.epsg, towgs84: null };
  }
  return null;
}

function looksLikeLonLat(extent: Extent): boolean {
  return extent.minX >= -180 && extent.maxX <= 180 && extent.minY >= -90 && extent.maxY <= 90;
}

const NORTHING_IN_CHINA = { min: 1_000_000, max: 6_500_000 };

/** The 3° central meridian nearest a longitude, to suggest for a file with no zone number. */
export function nearestThreeDegreeMeridian(longitude: number): number {
  return Math.round(longitude / 3) * 3;
}

/**
 * Reads a layer's coordinate system from its .prj text when there is one, and from the range
 * of its coordinates when there is not. `campaignLongitude` (the open campaign's middle) is
 * used to suggest a central meridian.
 */
export function detectCoordinateSystem(prj: string | null, extent: Extent | null, campaignLongitude: number | null): CoordinateDetection {
  const suggestedCentralMeridian = campaignLongitude === null ? null : nearestThreeDegreeMeridian(campaignLongitude);
  if (prj !== null && prj.trim() !== '') {
    const wkt = prj.trim();
    if (!/PROJCS|PROJCRS/i.test(wkt)) {
      return { system: { kind: 'lonlat' }, confirm: false, reason: { zh: `.prj 为地理坐标系 ${wktName(wkt)}`, en: `the .prj is the geographic system ${wktName(wkt)}` }, suggestedCentralMeridian };
    }
    const gaussKruger = gaussKrugerFromWkt(wkt);
    if (gaussKruger) return { system: gaussKruger, confirm: false, reason: { zh: `.prj 为 ${wktName(wkt)}`, en: `the .prj is ${wktName(wkt)}` }, suggestedCentralMeridian };
    return { system: { kind: 'wkt', wkt, name: wktName(wkt) }, confirm: false, reason: { zh: `.prj 为 ${wktName(wkt)}`, en: `the .prj is ${wktName(wkt)}` }, suggestedCentralMeridian };
  }
  if (extent === null) {
    return { system: { kind: 'lonlat' }, confirm: false, reason: { zh: '没有坐标', en: 'there are no coordinates' }, suggestedCentralMeridian };
  }
  if (looksLikeLonLat(extent)) {
    return { system: { kind: 'lonlat' }, confirm: false, reason: { zh: '坐标在经纬度范围内', en: 'the coordinates are within longitude/latitude ranges' }, suggestedCentralMeridian };
  }
  const northingsInChina = extent.minY >= NORTHING_IN_CHINA.min && extent.maxY <= NORTHING_IN_CHINA.max;
  const zoneNumber = Math.floor(extent.minX / 1_000_000);
  if (northingsInChina && zoneNumber === Math.floor(extent.maxX / 1_000_000) && extent.minX >= 10_000_000 && extent.maxX < 100_000_000) {
    const width: ZoneWidth | null = zoneNumber >= 25 && zoneNumber <= 45 ? 3 : zoneNumber >= 13 && zoneNumber <= 23 ? 6 : null;
    const zone = width ? findZone('cgcs2000', width, zoneNumber, true) : null;
    if (zone) {
      return {
        system: { kind: 'gauss-kruger', epsg: zone.epsg, towgs84: null },
        confirm: true,
        reason: {
          zh: `没有 .prj；横坐标为 8 位，带号 ${zoneNumber}，按 CGCS2000 ${width}°分带第 ${zoneNumber} 带（中央经线 ${zone.centralMeridian}°E）读取，请确认`,
          en: `no .prj; the eastings have 8 digits with zone number ${zoneNumber}, read as CGCS2000 ${width}° zone ${zoneNumber} (central meridian ${zone.centralMeridian}°E); please confirm`,
        },
        suggestedCentralMeridian,
      };
    }
  }
  if (northingsInChina && extent.minX >= 100_000 && extent.maxX < 1_000_000) {
    return {
      system: null,
      confirm: true,
      reason: {
        zh: '没有 .prj；横坐标为 6 位，不带带号，请选择中央经线',
        en: 'no .prj; the eastings have 6 digits and no zone number; choose the central meridian',
      },
      suggestedCentralMeridian,
    };
  }
  return {
    system: null,
    confirm: true,
    reason: { zh: '没有 .prj，坐标既不是经纬度也不像高斯-克吕格坐标，请选择坐标系', en: 'no .prj, and the coordinates are neither longitude/latitude nor like Gauss-Krüger; choose the coordinate system' },
    suggestedCentralMeridian,
  };
}
