import { error, warning, type Issue } from './findings';
import type { PlotGeometry } from './types';
import { describeLocation, partOf, polygonsOf, type GeometryLocation } from './validate-geometry-shape';

/** Longitude and latitude bounds of China, generous at the edges. */
const CHINA = { west: 73, east: 136, south: 3, north: 54 } as const;
/** Coordinates this large are metres from a projected system, not degrees. */
const PROJECTED_MAGNITUDE = 1000;

function inChina(lon: number, lat: number): boolean {
  return lon >= CHINA.west && lon <= CHINA.east && lat >= CHINA.south && lat <= CHINA.north;
}

function positionText(lon: number, lat: number): string {
  return `[${lon}, ${lat}]`;
}

/**
 * Longitude and latitude checks on a geometry of finite numbers: every position read the other
 * way round falls in China but none as written → swapped (error); a position off the globe →
 * error; a position on the globe but outside China → warning.
 */
export function coordinateIssue(geometry: PlotGeometry): Issue | null {
  let allSwapped = true;
  let count = 0;
  let offGlobe: { lon: number; lat: number; location: GeometryLocation } | null = null;
  let outsideChina: { lon: number; lat: number; location: GeometryLocation } | null = null;
  const polygons = polygonsOf(geometry);
  for (let polygonIndex = 0; polygonIndex < polygons.length; polygonIndex++) {
    const part = partOf(geometry, polygonIndex);
    for (let ring = 0; ring < polygons[polygonIndex].length; ring++) {
      const positions = polygons[polygonIndex][ring];
      for (let point = 0; point < positions.length; point++) {
        const lon = positions[point][0];
        const lat = positions[point][1];
        const here = inChina(lon, lat);
        count++;
        if (here || !inChina(lat, lon)) allSwapped = false;
        if (here) continue;
        if (offGlobe === null && (lon < -180 || lon > 180 || lat < -90 || lat > 90)) {
          offGlobe = { lon, lat, location: { part, ring, point } };
        } else if (outsideChina === null) {
          outsideChina = { lon, lat, location: { part, ring, point } };
        }
      }
    }
  }
  if (allSwapped && count > 0) {
    return error(
      'coordinates-swapped',
      '经纬度顺序颠倒：坐标应为 [经度, 纬度]，文件中为 [纬度, 经度]',
      'longitude and latitude are swapped: positions must be [longitude, latitude], the file has [latitude, longitude]',
    );
  }
  if (offGlobe !== null) {
    const where = describeLocation(offGlobe.location);
    const text = positionText(offGlobe.lon, offGlobe.lat);
    const projected = Math.abs(offGlobe.lon) > PROJECTED_MAGNITUDE || Math.abs(offGlobe.lat) > PROJECTED_MAGNITUDE;
    return error(
      'coordinate-out-of-range',
      `${where.zh}坐标 ${text} 超出经纬度范围${projected ? '（像是以米为单位的投影坐标，请先转换为经纬度）' : ''}`,
      `${where.en} ${text} is outside the longitude/latitude range${projected ? ' (it looks like projected coordinates in metres; convert to longitude/latitude first)' : ''}`,
    );
  }
  if (outsideChina !== null) {
    const where = describeLocation(outsideChina.location);
    const text = positionText(outsideChina.lon, outsideChina.lat);
    return warning(
      'coordinate-outside-china',
      `${where.zh}坐标 ${text} 不在中国境内（经度 73–136，纬度 3–54），请核对`,
      `${where.en} ${text} lies outside China (longitude 73–136, latitude 3–54); please check it`,
    );
  }
  return null;
}
