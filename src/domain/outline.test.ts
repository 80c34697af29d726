import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { outlineAreaMu, plotsInsideOutline, representativePoint } from './outline';
import { deepFreeze, makePlot, squareAround } from './summary-fixtures';
import { SQUARE_METRES_PER_MU } from './area';

/** A U open to the north: its centroid lies in the gap, outside the plot. */
const U_SHAPE: Polygon = deepFreeze({
  type: 'Polygon',
  coordinates: [
    [
      [120.0, 30.0],
      [120.003, 30.0],
      [120.003, 30.003],
      [120.002, 30.003],
      [120.002, 30.001],
      [120.001, 30.001],
      [120.001, 30.003],
      [120.0, 30.003],
      [120.0, 30.0],
    ],
  ],
});

/** A square whose middle is a hole. */
const RING: Polygon = deepFreeze({
  type: 'Polygon',
  coordinates: [
    [
      [121.0, 30.0],
      [121.003, 30.0],
      [121.003, 30.003],
      [121.0, 30.003],
      [121.0, 30.0],
    ],
    [
      [121.0005, 30.0005],
      [121.0005, 30.0025],
      [121.0025, 30.0025],
      [121.0025, 30.0005],
      [121.0005, 30.0005],
    ],
  ],
});

function rectangle(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

describe('representativePoint', () => {
  it('lies inside a U-shaped plot whose centroid does not', () => {
    const point = representativePoint(U_SHAPE);
    expect(booleanPointInPolygon([120.0015, 30.002], U_SHAPE)).toBe(false);
    expect(booleanPointInPolygon(point, U_SHAPE)).toBe(true);
  });

  it('lies in the ring, not in the hole', () => {
    const point = representativePoint(RING);
    expect(booleanPointInPolygon(point, RING)).toBe(true);
  });

  it('lies in the largest part of a multipolygon', () => {
    const small = rectangle(122.0, 30.0, 122.0001, 30.0001).coordinates;
    const large = rectangle(122.01, 30.0, 122.02, 30.01).coordinates;
    const geometry: MultiPolygon = deepFreeze({ type: 'MultiPolygon', coordinates: [small, large] });
    const [x, y] = representativePoint(geometry);
    expect(x).toBeCloseTo(122.015, 9);
    expect(y).toBeCloseTo(30.005, 9);
  });
});

describe('plotsInsideOutline', () => {
  const plots = deepFreeze([
    makePlot({ id: 'west', geometry: squareAround(120.1, 30.1) }),
    makePlot({ id: 'east', geometry: squareAround(120.3, 30.1) }),
    makePlot({ id: 'u', geometry: U_SHAPE }),
    makePlot({ id: 'far', geometry: squareAround(125, 35) }),
  ]);

  it('takes the plots whose inside point is inside the outline', () => {
    const outline = rectangle(120.05, 30.05, 120.2, 30.15);
    expect(plotsInsideOutline(plots, outline).map((plot) => plot.id)).toEqual(['west']);
  });

  it('leaves out a plot inside a hole of the outline', () => {
    const outline: Polygon = {
      type: 'Polygon',
      coordinates: [rectangle(120.0, 30.0, 120.4, 30.2).coordinates[0], rectangle(120.25, 30.05, 120.35, 30.15).coordinates[0].slice().reverse()],
    };
    expect(plotsInsideOutline(plots, outline).map((plot) => plot.id)).toEqual(['west', 'u']);
  });

  it('takes plots inside any part of a multipolygon outline', () => {
    const outline: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [rectangle(120.25, 30.05, 120.35, 30.15).coordinates, rectangle(124, 34, 126, 36).coordinates],
    };
    expect(plotsInsideOutline(plots, outline).map((plot) => plot.id)).toEqual(['east', 'far']);
  });

  it('does not take a U-shaped plot when only its gap is inside the outline', () => {
    const gapOnly = rectangle(120.0011, 30.0011, 120.0019, 30.0029);
    expect(plotsInsideOutline(plots, gapOnly)).toEqual([]);
  });
});

describe('outlineAreaMu', () => {
  it('matches GeographicLib on the ellipsoid to 0.01 %', () => {
    const outline = rectangle(120.7, 30.7, 120.71, 30.71);
    const geodesic = new Geodesic.Geodesic(6378137, 1 / 298.257222101);
    const polygon = geodesic.Polygon(false);
    for (const [lon, lat] of outline.coordinates[0].slice(0, -1)) polygon.AddPoint(lat, lon);
    const referenceMu = Math.abs(polygon.Compute(false, true).area ?? 0) / SQUARE_METRES_PER_MU;
    expect(referenceMu).toBeGreaterThan(1500);
    expect(Math.abs(outlineAreaMu(outline) / referenceMu - 1)).toBeLessThan(1e-4);
  });
});
