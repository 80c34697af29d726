import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicAreaMu } from './area';
import type { Plot, PlotGeometry } from './types';

type Rings = Position[][];

function polygonsOf(geometry: Polygon | MultiPolygon): Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Planar area of a ring in square degrees, only to compare the parts of one plot. */
function planarRingArea(ring: Position[]): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twiceArea += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(twiceArea / 2);
}

const representativePoints = new WeakMap<PlotGeometry, Position>();

/**
 * A point guaranteed to lie inside the plot, unlike a centroid of an L- or U-shaped plot: on the
 * horizontal line through the middle of the largest part, the midpoint of the widest stretch
 * that is inside the part (holes excluded). Computed once per geometry.
 */
export function representativePoint(geometry: PlotGeometry): Position {
  const cached = representativePoints.get(geometry);
  if (cached) return cached;
  let largest: Rings = [];
  let largestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const area = rings.length > 0 ? planarRingArea(rings[0]) : 0;
    if (area > largestArea) {
      largest = rings;
      largestArea = area;
    }
  }
  const outer = largest[0] ?? [];
  let minY = Infinity;
  let maxY = -Infinity;
  for (const position of outer) {
    minY = Math.min(minY, position[1]);
    maxY = Math.max(maxY, position[1]);
  }
  const y = (minY + maxY) / 2;
  const crossings: number[] = [];
  for (const ring of largest) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y) crossings.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  crossings.sort((a, b) => a - b);
  let point: Position = outer[0] ?? [0, 0];
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1] - crossings[i];
    if (width > widest) {
      widest = width;
      point = [(crossings[i] + crossings[i + 1]) / 2, y];
    }
  }
  representativePoints.set(geometry, point);
  return point;
}

interface PreparedPolygon {
  rings: Rings;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function prepare(outline: Polygon | MultiPolygon): PreparedPolygon[] {
  return polygonsOf(outline).map((rings) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of rings[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    return { rings, minX, minY, maxX, maxY };
  });
}

/** Even-odd ray casting over all rings, so holes are outside. */
function containsPoint(polygon: PreparedPolygon, x: number, y: number): boolean {
  if (x < polygon.minX || x > polygon.maxX || y < polygon.minY || y > polygon.maxY) return false;
  let inside = false;
  for (const ring of polygon.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i][0];
      const yi = ring[i][1];
      const xj = ring[j][0];
      const yj = ring[j][1];
      if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
    }
  }
  return inside;
}

/** Plots whose representative point lies inside a drawn outline, in their original order. */
export function plotsInsideOutline(plots: readonly Plot[], outline: Polygon | MultiPolygon): Plot[] {
  const polygons = prepare(outline);
  const inside: Plot[] = [];
  for (const plot of plots) {
    const point = representativePoint(plot.geometry);
    for (const polygon of polygons) {
      if (containsPoint(polygon, point[0], point[1])) {
        inside.push(plot);
        break;
      }
    }
  }
  return inside;
}

/** The drawn outline's own area in mu, on the CGCS2000 ellipsoid. */
export function outlineAreaMu(outline: Polygon | MultiPolygon): number {
  return geodesicAreaMu(outline);
}
