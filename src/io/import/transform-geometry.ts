import type { Geometry, Position } from 'geojson';

/** A new geometry with every position passed through `convert`; the input is left as it was. */
export function mapPositions<G extends Geometry>(geometry: G, convert: (position: Position) => Position): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: convert(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(convert) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(convert)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(convert))) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((part) => mapPositions(part, convert)) };
  }
}

/** Every position of a geometry, in order. */
export function* positionsOf(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield geometry.coordinates;
      return;
    case 'MultiPoint':
    case 'LineString':
      yield* geometry.coordinates;
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const ring of geometry.coordinates) yield* ring;
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries) yield* positionsOf(part);
  }
}

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The extent of all positions of the geometries, or null when there are none. */
export function extentOf(geometries: Iterable<Geometry | null>): Extent | null {
  let extent: Extent | null = null;
  for (const geometry of geometries) {
    if (!geometry) continue;
    for (const [x, y] of positionsOf(geometry)) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (!extent) extent = { minX: x, minY: y, maxX: x, maxY: y };
      else {
        extent.minX = Math.min(extent.minX, x);
        extent.minY = Math.min(extent.minY, y);
        extent.maxX = Math.max(extent.maxX, x);
        extent.maxY = Math.max(extent.maxY, y);
      }
    }
  }
  return extent;
}
