import type { Position } from 'geojson';

/** CGCS2000 ellipsoid, the same one the areas are measured on. */
const SEMI_MAJOR_AXIS = 6378137;
const FLATTENING = 1 / 298.257222101;
const SEMI_MINOR_AXIS = SEMI_MAJOR_AXIS * (1 - FLATTENING);
const DEG = Math.PI / 180;
const MAX_ITERATIONS = 200;

/**
 * Distance in metres along the ellipsoid between two lon/lat points, by Vincenty's inverse
 * formula (accurate to well under a millimetre). It converges everywhere except for nearly
 * antipodal points, which no line drawn over a county comes near; there the last iterate is used.
 */
export function geodesicDistanceM(from: Position, to: Position): number {
  const lengthDifference = (to[0] - from[0]) * DEG;
  const reducedLatitude1 = Math.atan((1 - FLATTENING) * Math.tan(from[1] * DEG));
  const reducedLatitude2 = Math.atan((1 - FLATTENING) * Math.tan(to[1] * DEG));
  const sinU1 = Math.sin(reducedLatitude1);
  const cosU1 = Math.cos(reducedLatitude1);
  const sinU2 = Math.sin(reducedLatitude2);
  const cosU2 = Math.cos(reducedLatitude2);

  let lambda = lengthDifference;
  let sinSigma = 0;
  let cosSigma = 1;
  let sigma = 0;
  let cosSquaredAlpha = 1;
  let cos2SigmaM = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const sinLambda = Math.sin(lambda);
    const cosLambda = Math.cos(lambda);
    const east = cosU2 * sinLambda;
    const north = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
    sinSigma = Math.sqrt(east * east + north * north);
    if (sinSigma === 0) return 0;
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cosSquaredAlpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cosSquaredAlpha !== 0 ? cosSigma - (2 * sinU1 * sinU2) / cosSquaredAlpha : 0;
    const c = (FLATTENING / 16) * cosSquaredAlpha * (4 + FLATTENING * (4 - 3 * cosSquaredAlpha));
    const previous = lambda;
    lambda =
      lengthDifference +
      (1 - c) * FLATTENING * sinAlpha * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < 1e-12) break;
  }

  const uSquared =
    (cosSquaredAlpha * (SEMI_MAJOR_AXIS * SEMI_MAJOR_AXIS - SEMI_MINOR_AXIS * SEMI_MINOR_AXIS)) / (SEMI_MINOR_AXIS * SEMI_MINOR_AXIS);
  const a = 1 + (uSquared / 16384) * (4096 + uSquared * (-768 + uSquared * (320 - 175 * uSquared)));
  const b = (uSquared / 1024) * (256 + uSquared * (-128 + uSquared * (74 - 47 * uSquared)));
  const deltaSigma =
    b *
    sinSigma *
    (cos2SigmaM +
      (b / 4) *
        (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
          (b / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
  return SEMI_MINOR_AXIS * a * (sigma - deltaSigma);
}

/** Length in metres of a line of lon/lat points, each segment a geodesic on the ellipsoid. */
export function geodesicLengthM(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += geodesicDistanceM(line[i - 1], line[i]);
  return total;
}
