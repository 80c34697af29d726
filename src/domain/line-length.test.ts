import type { Position } from 'geojson';
import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceM, geodesicLengthM } from './line-length';
import { deepFreeze } from './summary-fixtures';

const CGCS2000 = new Geodesic.Geodesic(6378137, 1 / 298.257222101);

function reference(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const result = CGCS2000.Inverse(line[i - 1][1], line[i - 1][0], line[i][1], line[i][0]);
    total += result.s12 ?? NaN;
  }
  return total;
}

describe('geodesicDistanceM', () => {
  it.each<[string, Position, Position]>([
    ['a plot edge', [120.5, 30.6], [120.5012, 30.6007]],
    ['across a county', [120.31, 30.42], [120.88, 30.91]],
    ['due north', [120, 30], [120, 31]],
    ['due east on the equator', [0, 0], [1, 0]],
    ['a long way', [73.5, 39.4], [134.7, 48.3]],
  ])('agrees with GeographicLib within 0.1 mm: %s', (_name, from, to) => {
    expect(Math.abs(geodesicDistanceM(from, to) - reference([from, to]))).toBeLessThan(1e-4);
  });

  it('is zero for the same point', () => {
    expect(geodesicDistanceM([120.5, 30.6], [120.5, 30.6])).toBe(0);
  });

  it('is longer than the sphere gives for a north–south line at 30° N', () => {
    // One degree of latitude at 30° N is 110 852.4 m on the ellipsoid, 111 195.1 m on the mean sphere.
    expect(geodesicDistanceM([120, 29.5], [120, 30.5])).toBeCloseTo(110852.4, 0);
  });
});

describe('geodesicLengthM', () => {
  it('sums the segments of a line', () => {
    const line: Position[] = deepFreeze([
      [120.5, 30.6],
      [120.51, 30.6],
      [120.51, 30.61],
      [120.52, 30.615],
    ]);
    expect(Math.abs(geodesicLengthM(line) - reference(line))).toBeLessThan(1e-4);
  });

  it('is zero for a single point or none', () => {
    expect(geodesicLengthM([])).toBe(0);
    expect(geodesicLengthM([[120, 30]])).toBe(0);
  });
});
