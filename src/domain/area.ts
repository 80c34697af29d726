import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Square metres in one mu (亩): exactly 10000 / 15. */
export const SQUARE_METRES_PER_MU = 10000 / 15;

/** CGCS2000 ellipsoid, as used by the national land survey. */
const SEMI_MAJOR_AXIS = 6378137;
const FLATTENING = 1 / 298.257222101;
const E2 = FLATTENING * (2 - FLATTENING);
const E = Math.sqrt(E2);
const DEG = Math.PI / 180;

/** q(φ) of the authalic-latitude formulae at the pole. */
const Q_POLE = 1 + ((1 - E2) * Math.atanh(E)) / E;
/** Radius of the sphere with the ellipsoid's surface area. */
const AUTHALIC_RADIUS_SQUARED = (SEMI_MAJOR_AXIS * SEMI_MAJOR_AXIS * Q_POLE) / 2;

/**
 * sin β = sin φ · Σ c_k (e² sin² φ)^k with c_k = (2k + 2) / (2k + 1) · (1 − e²) / q_p: the
 * authalic latitude's closed form (a logarithm) expanded; eight terms reach double precision.
 */
const AUTHALIC_SCALE = (1 - E2) / Q_POLE;
const C0 = AUTHALIC_SCALE * 2;
const C1 = (AUTHALIC_SCALE * 4) / 3;
const C2 = (AUTHALIC_SCALE * 6) / 5;
const C3 = (AUTHALIC_SCALE * 8) / 7;
const C4 = (AUTHALIC_SCALE * 10) / 9;
const C5 = (AUTHALIC_SCALE * 12) / 11;
const C6 = (AUTHALIC_SCALE * 14) / 13;
const C7 = (AUTHALIC_SCALE * 16) / 15;

/** Rings within this many radians of their first vertex take the series path, smallRingArea. */
const SMALL_RING = 2e-3;
/** d(sin β)/dφ = AUTHALIC_DERIVATIVE · cos φ / (1 − e² sin² φ)². */
const AUTHALIC_DERIVATIVE = (2 * (1 - E2)) / Q_POLE;

export function squareMetresToMu(squareMetres: number): number {
  return squareMetres / SQUARE_METRES_PER_MU;
}

export function muToSquareMetres(mu: number): number {
  return mu * SQUARE_METRES_PER_MU;
}

/** sin β for the authalic latitude β of a geodetic latitude given in degrees. */
function authalicSine(latitudeDegrees: number): number {
  return authalicSineOf(Math.sin(latitudeDegrees * DEG));
}

function authalicSineOf(sine: number): number {
  const x = E2 * sine * sine;
  const series = C0 + x * (C1 + x * (C2 + x * (C3 + x * (C4 + x * (C5 + x * (C6 + x * C7))))));
  return sine * series;
}

/**
 * Signed area of a ring on the authalic sphere, its edges taken as great circles there: the
 * sum of each edge's spherical excess towards the equator, 2·atan(tan(Δλ/2)·slope) with
 * slope = sin β̄ / cos(Δβ/2) = (sin β₁ + sin β₂) / (1 + cos(β₁ − β₂)).
 * Each excess is taken relative to Δλ·sin β₀ of the first vertex, whose sum over a closed
 * ring is zero, so that small plots do not lose digits to cancellation.
 * Positive when counter-clockwise.
 */
function exactRingArea(ring: Position[]): number {
  let previousLon = ring[0][0];
  let previousSin = authalicSine(ring[0][1]);
  let previousCos = Math.sqrt(1 - previousSin * previousSin);
  const reference = previousSin;
  let sum = 0;
  let lonSum = 0;
  for (let i = 1; i < ring.length; i++) {
    const lon = ring[i][0];
    const sin = authalicSine(ring[i][1]);
    const cos = Math.sqrt(1 - sin * sin);
    let deltaLon = (lon - previousLon) * DEG;
    if (deltaLon > Math.PI) deltaLon -= 2 * Math.PI;
    else if (deltaLon < -Math.PI) deltaLon += 2 * Math.PI;
    const slope = (previousSin + sin) / (1 + previousCos * cos + previousSin * sin);
    sum += 2 * Math.atan(Math.tan(deltaLon / 2) * slope) - deltaLon * reference;
    lonSum += deltaLon;
    previousLon = lon;
    previousSin = sin;
    previousCos = cos;
  }
  if (lonSum > Math.PI) sum += 2 * Math.PI * reference;
  else if (lonSum < -Math.PI) sum -= 2 * Math.PI * reference;
  return sum * AUTHALIC_RADIUS_SQUARED;
}

/**
 * The same sum for a ring that stays within SMALL_RING radians of its first vertex, with no
 * transcendental function per vertex: sin β comes from its Taylor series (to δ⁴) in the
 * latitude offset δ, and each edge's excess from its series in Δλ and Δβ:
 * Δλ·S·(1 + σ + σ²) + Δλ³·S·(1 − S²)/12, where S is the mean of sin β at the two ends and
 * σ = sin²(Δβ/2), from D = half the difference of sin β: σ = D² / (1 − S² / (1 − σ)), solved
 * to second order. Returns NaN for a larger ring.
 */
function smallRingArea(ring: Position[]): number {
  const latitude0 = ring[0][1] * DEG;
  const sin0 = Math.sin(latitude0);
  const cos0 = Math.cos(latitude0);
  const cos0Squared = cos0 * cos0;
  const stretch = 1 / (1 - E2 * sin0 * sin0);
  const scale = AUTHALIC_DERIVATIVE * stretch * stretch;
  const first = scale * cos0;
  const second = (scale * sin0 * (4 * cos0Squared * E2 * stretch - 1)) / 2;
  const eccentricTerm = E2 * sin0 * sin0 * stretch;
  const third =
    (scale *
      cos0 *
      (24 * cos0Squared * E2 * eccentricTerm * stretch + 4 * cos0Squared * E2 * stretch - 12 * eccentricTerm - 1)) /
    6;
  const fourth =
    (scale *
      sin0 *
      (192 * cos0Squared * cos0Squared * E2 * E2 * eccentricTerm * stretch * stretch +
        72 * cos0Squared * cos0Squared * E2 * E2 * stretch * stretch -
        144 * cos0Squared * E2 * eccentricTerm * stretch -
        40 * cos0Squared * E2 * stretch +
        12 * eccentricTerm +
        1)) /
    24;
  const reference = authalicSineOf(sin0);
  let previousLon = ring[0][0];
  let previousOffset = 0;
  let sum = 0;
  let lonSum = 0;
  for (let i = 1; i < ring.length; i++) {
    const position = ring[i];
    const delta = position[1] * DEG - latitude0;
    const lon = position[0];
    const deltaLon = (lon - previousLon) * DEG;
    if (!(delta <= SMALL_RING && delta >= -SMALL_RING && deltaLon <= SMALL_RING && deltaLon >= -SMALL_RING)) {
      return NaN;
    }
    const offset = delta * (first + delta * (second + delta * (third + delta * fourth)));
    const meanOffset = (offset + previousOffset) / 2;
    const halfDifference = (offset - previousOffset) / 2;
    const mean = reference + meanOffset;
    const halfDifferenceSquared = halfDifference * halfDifference;
    const meanSquared = mean * mean;
    const inverseCosSquared = 1 / (1 - meanSquared);
    const firstSigma = halfDifferenceSquared * inverseCosSquared;
    const sigma = firstSigma * (1 + meanSquared * firstSigma * inverseCosSquared);
    sum +=
      deltaLon * (meanOffset + mean * sigma * (1 + sigma)) +
      (deltaLon * deltaLon * deltaLon * mean * (1 - meanSquared)) / 12;
    lonSum += deltaLon;
    previousLon = lon;
    previousOffset = offset;
  }
  if (lonSum > Math.PI || lonSum < -Math.PI) return NaN;
  return sum * AUTHALIC_RADIUS_SQUARED;
}

function ringArea(ring: Position[]): number {
  if (ring.length < 4) return 0;
  const small = smallRingArea(ring);
  return Number.isNaN(small) ? exactRingArea(ring) : small;
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
