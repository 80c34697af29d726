import type { Position } from 'geojson';

/** A point in a local plane, metres east and north of the county origin. */
export type Point = [number, number];

const WGS84_SEMI_MAJOR_AXIS = 6378137;
const FLATTENING = 1 / 298.257222101;
const E2 = FLATTENING * (2 - FLATTENING);
const DEG = Math.PI / 180;

/** A linear map between local metres and lon/lat, scaled at the origin's latitude. */
export interface Frame {
  longitude: number;
  latitude: number;
  metresPerDegreeLongitude: number;
  metresPerDegreeLatitude: number;
}

export function createFrame(longitude: number, latitude: number): Frame {
  const sin = Math.sin(latitude * DEG);
  const w = Math.sqrt(1 - E2 * sin * sin);
  const primeVertical = WGS84_SEMI_MAJOR_AXIS / w;
  const meridional = (WGS84_SEMI_MAJOR_AXIS * (1 - E2)) / (w * w * w);
  return {
    longitude,
    latitude,
    metresPerDegreeLongitude: primeVertical * Math.cos(latitude * DEG) * DEG,
    metresPerDegreeLatitude: meridional * DEG,
  };
}

export function toLonLat(frame: Frame, point: Point): Position {
  return [
    frame.longitude + point[0] / frame.metresPerDegreeLongitude,
    frame.latitude + point[1] / frame.metresPerDegreeLatitude,
  ];
}

export function roundCoordinate(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Twice the signed area of an open ring; positive when counter-clockwise. */
export function doubleSignedArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum;
}

export function centroidOf(ring: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const point of ring) {
    x += point[0];
    y += point[1];
  }
  return [x / ring.length, y / ring.length];
}

/** Ray casting on an open ring. */
export function pointInRing(point: Point, ring: readonly Point[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(point[0] - a[0] - t * dx, point[1] - a[1] - t * dy);
}

/** Distance from a point to the nearest edge of an open ring. */
export function distanceToRing(point: Point, ring: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    best = Math.min(best, distanceToSegment(point, ring[j], ring[i]));
  }
  return best;
}

export function rotateAbout(point: Point, angle: number, center: Point): Point {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = point[0] - center[0];
  const dy = point[1] - center[1];
  return [center[0] + dx * cos - dy * sin, center[1] + dx * sin + dy * cos];
}

function orientation(a: Point, b: Point, c: Point): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

/** True when no two non-adjacent edges of the open ring meet. */
export function isSimpleRing(ring: readonly Point[]): boolean {
  const count = ring.length;
  for (let i = 0; i < count; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % count];
    for (let j = i + 2; j < count; j++) {
      if (i === 0 && j === count - 1) continue;
      const c = ring[j];
      const d = ring[(j + 1) % count];
      if (Math.max(a[0], b[0]) < Math.min(c[0], d[0]) || Math.max(c[0], d[0]) < Math.min(a[0], b[0])) continue;
      if (orientation(a, b, c) * orientation(a, b, d) <= 0 && orientation(c, d, a) * orientation(c, d, b) <= 0) {
        return false;
      }
    }
  }
  return true;
}
