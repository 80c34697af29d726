import { Geodesic } from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicAreaM2, geodesicAreaMu, muToSquareMetres, SQUARE_METRES_PER_MU, squareMetresToMu } from './area';
import {
  AREA_REFERENCES,
  HOLE_REFERENCE_M2,
  HOLE_RING,
  OUTER_REFERENCE_M2,
  OUTER_RING,
  SECOND_PART_REFERENCE_M2,
  SECOND_PART_RING,
} from './test-fixtures/area-references';

function relativeError(actual: number, reference: number): number {
  return Math.abs(actual - reference) / Math.abs(reference);
}

function polygon(...rings: Position[][]): Polygon {
  return { type: 'Polygon', coordinates: rings };
}

const CGCS2000 = new Geodesic.Geodesic(6378137, 1 / 298.257222101);

function geographicLibArea(ring: Position[]): number {
  const area = CGCS2000.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) area.AddPoint(lat, lon);
  const result = area.Compute(false, true).area;
  if (result === undefined) throw new Error('GeographicLib returned no area');
  return Math.abs(result);
}

/** A closed, irregular counter-clockwise ring of `count` vertices about a centre. */
function irregularRing(lon: number, lat: number, radiusKm: number, count: number, phase: number): Position[] {
  const ring: Position[] = [];
  for (let k = 0; k < count; k++) {
    const angle = (2 * Math.PI * k) / count + phase;
    const radius = radiusKm * (0.7 + 0.3 * Math.sin(3 * angle + 1));
    const dLat = (radius * Math.sin(angle)) / 111.2;
    const dLon = (radius * Math.cos(angle)) / (111.2 * Math.cos((lat * Math.PI) / 180));
    ring.push([lon + dLon, lat + dLat]);
  }
  ring.push(ring[0]);
  return ring;
}

describe('geodesicAreaM2 against GeographicLib on CGCS2000', () => {
  it.each(AREA_REFERENCES.map((reference) => [reference.name, reference] as const))('%s', (_name, reference) => {
    const area = geodesicAreaM2(polygon(reference.ring));
    expect(relativeError(area, reference.referenceM2)).toBeLessThanOrEqual(reference.relativeTolerance);
  });

  it('pins a 0.3 km plot at 30.6° N to 34134.3831 m²', () => {
    const plot = AREA_REFERENCES.find((reference) => reference.name === 'plot 0.3 km across at 30.6° N');
    expect(plot?.referenceM2).toBe(34134.383056268096);
    expect(geodesicAreaM2(polygon(plot?.ring ?? []))).toBeCloseTo(34134.383056268096, 3);
  });

  it('stays within 1e-6 on 150 plots up to 10 km across between 18° N and 54° N', () => {
    let seed = 20240601;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let worst = 0;
    for (let i = 0; i < 150; i++) {
      const latitude = 18 + random() * 36;
      const ring = irregularRing(100 + random() * 30, latitude, 0.02 + random() * 4.98, 4 + Math.floor(random() * 37), random() * 6);
      worst = Math.max(worst, relativeError(geodesicAreaM2(polygon(ring)), geographicLibArea(ring)));
    }
    expect(worst).toBeLessThanOrEqual(1e-6);
  });

  it('gives the same positive area whichever way the ring winds', () => {
    for (const reference of AREA_REFERENCES) {
      const clockwise = [...reference.ring].reverse();
      const area = geodesicAreaM2(polygon(clockwise));
      expect(area).toBeGreaterThan(0);
      expect(relativeError(area, geodesicAreaM2(polygon(reference.ring)))).toBeLessThanOrEqual(1e-12);
    }
  });

  it('subtracts holes, whichever way they wind', () => {
    const expected = OUTER_REFERENCE_M2 - HOLE_REFERENCE_M2;
    expect(relativeError(geodesicAreaM2(polygon(OUTER_RING, HOLE_RING)), expected)).toBeLessThanOrEqual(1e-6);
    const counterClockwiseHole = [...HOLE_RING].reverse();
    expect(relativeError(geodesicAreaM2(polygon(OUTER_RING, counterClockwiseHole)), expected)).toBeLessThanOrEqual(1e-6);
  });

  it('sums the parts of a MultiPolygon, holes subtracted', () => {
    const multiPolygon: MultiPolygon = { type: 'MultiPolygon', coordinates: [[OUTER_RING, HOLE_RING], [SECOND_PART_RING]] };
    const expected = OUTER_REFERENCE_M2 - HOLE_REFERENCE_M2 + SECOND_PART_REFERENCE_M2;
    expect(relativeError(geodesicAreaM2(multiPolygon), expected)).toBeLessThanOrEqual(1e-6);
  });

  it('gives zero for an empty polygon or a ring of fewer than four positions', () => {
    expect(geodesicAreaM2(polygon())).toBe(0);
    expect(geodesicAreaM2(polygon([[120, 30], [120.01, 30], [120, 30]]))).toBe(0);
    expect(geodesicAreaM2({ type: 'MultiPolygon', coordinates: [] })).toBe(0);
  });
});

describe('mu (亩)', () => {
  it('is exactly 10000 / 15 m²', () => {
    expect(SQUARE_METRES_PER_MU).toBe(10000 / 15);
    expect(muToSquareMetres(1)).toBe(10000 / 15);
    expect(squareMetresToMu(10000 / 15)).toBe(1);
    expect(squareMetresToMu(10000)).toBeCloseTo(15, 12);
    expect(muToSquareMetres(15)).toBeCloseTo(10000, 9);
  });

  it('converts a plot area to mu with the same factor', () => {
    const plot = polygon(AREA_REFERENCES[1].ring);
    expect(geodesicAreaMu(plot)).toBe(squareMetresToMu(geodesicAreaM2(plot)));
    expect(geodesicAreaMu(plot)).toBeCloseTo((34134.383056268096 * 15) / 10000, 5);
  });
});
