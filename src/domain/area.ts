import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Square metres in one mu (亩): exactly 10000 / 15. */
export const SQUARE_METRES_PER_MU = 10000 / 15;

/** CGCS2000 ellipsoid, as used by the national land survey. */
const SEMI_MAJOR_AXIS = 6378137;
const FLATTENING = 1 / 298.257222101;
const E2 = FLATTENING * (2 - FLATTENING);
const E = Math.sqrt(E2);
const DEG = Math.PI / 180;

/** q(φ) of the authalic-latitude formulae, from sin φ. */
function authalicQ(sinPhi: number): number {
  const eSin = E * sinPhi;
  return (1 - E2) * (sinPhi / (1 - eSin * eSin) - Math.log((1 - eSin) / (1 + eSin)) / (2 * E));
}

const Q_POLE = authalicQ(1);
/** Radius of the sphere with the ellipsoid's surface area. */
const AUTHALIC_RADIUS_SQUARED = (SEMI_MAJOR_AXIS * SEMI_MAJOR_AXIS * Q_POLE) / 2;

export function squareMetresToMu(squareMetres: number): number {
  return squareMetres / SQUARE_METRES_PER_MU;
}

export function muToSquareMetres(mu: number): number {
  return mu * SQUARE_METRES_PER_MU;
}

/** tan(β/2) for the authalic latitude β of a geodetic latitude given in degrees. */
function halfAuthalicTangent(latitudeDegrees: number): number {
  const sinBeta = Math.max(-1, Math.min(1, authalicQ(Math.sin(latitudeDegrees * DEG)) / Q_POLE));
  const cosBeta = Math.sqrt(1 - sinBeta * sinBeta);
  return sinBeta / (1 + cosBeta);
}

/**
 * Signed area of a ring on the authalic sphere, its edges taken as great circles there:
 * the sum of each edge's spherical excess towards the equator. Positive when counter-clockwise.
 */
function ringArea(ring: Position[]): number {
  const count = ring.length;
  if (count < 4) return 0;
  let sum = 0;
  let previousLon = ring[0][0] * DEG;
  let previousT = halfAuthalicTangent(ring[0][1]);
  for (let i = 1; i < count; i++) {
    const lon = ring[i][0] * DEG;
    const t = halfAuthalicTangent(ring[i][1]);
    let deltaLon = lon - previousLon;
    if (deltaLon > Math.PI) deltaLon -= 2 * Math.PI;
    else if (deltaLon < -Math.PI) deltaLon += 2 * Math.PI;
    sum += 2 * Math.atan2(Math.tan(deltaLon / 2) * (t + previousT), 1 + t * previousT);
    previousLon = lon;
    previousT = t;
  }
  return sum * AUTHALIC_RADIUS_SQUARED;
}

function polygonArea(rings: Position[][]): number {
  if (rings.length === 0) return 0;
  let area = Math.abs(ringArea(rings[0]));
  for (let i = 1; i < rings.length; i++) area -= Math.abs(ringArea(rings[i]));
  return area;
}

/** Area in m² on the CGCS2000 ellipsoid: holes subtracted, parts summed. */
export function geodesicAreaM2(geometry: Polygon | MultiPolygon): number {
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  let total = 0;
  for (const polygon of geometry.coordinates) total += polygonArea(polygon);
  return total;
}

export function geodesicAreaMu(geometry: Polygon | MultiPolygon): number {
  return squareMetresToMu(geodesicAreaM2(geometry));
}
