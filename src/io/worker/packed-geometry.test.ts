import { describe, expect, it } from 'vitest';
import type { PlotGeometry } from '../../domain/types';
import { isPacked, packGeometries, unpackGeometry } from './packed-geometry';

const GEOMETRIES: PlotGeometry[] = [
  { type: 'Polygon', coordinates: [[[120.1, 30.1], [120.102, 30.1], [120.102, 30.1013], [120.1, 30.1]]] },
  {
    type: 'MultiPolygon',
    coordinates: [
      [[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]],
      [[[10, 10, 5.5], [11, 10, 5.5], [11, 11, 5.5], [10, 10, 5.5]]],
    ],
  },
  { type: 'Polygon', coordinates: [[[1e-300, -0], [Number.MAX_VALUE, 1], [0.1 + 0.2, 2], [1e-300, -0]]] },
  // Mixed position lengths in a ring, and extra members: sent as they are.
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0, 3], [1, 1], [0, 0]]] },
  { type: 'Polygon', bbox: [0, 0, 1, 1], coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
];

describe('packed outlines', () => {
  it('build back exactly what was packed, numbers and nesting, Polygon and MultiPolygon', () => {
    const { packed, unpacked } = packGeometries(GEOMETRIES);
    expect(unpacked).toEqual([false, false, false, true, true]);
    for (let index = 0; index < 3; index++) {
      expect(isPacked(packed, index)).toBe(true);
      expect(unpackGeometry(packed, index)).toEqual(GEOMETRIES[index]);
    }
    expect(Object.is((unpackGeometry(packed, 2).coordinates[0] as number[][])[0][1], -0)).toBe(true);
    expect(isPacked(packed, 3)).toBe(false);
    expect(isPacked(packed, 4)).toBe(false);
  });

  it('holds the numbers in one typed array', () => {
    const { packed } = packGeometries(GEOMETRIES.slice(0, 1));
    expect(Array.from(packed.numbers)).toEqual([120.1, 30.1, 120.102, 30.1, 120.102, 30.1013, 120.1, 30.1]);
  });
});
