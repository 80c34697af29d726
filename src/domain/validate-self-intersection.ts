import type { Position } from 'geojson';
import { error, type Issue } from './findings';
import type { PlotGeometry } from './types';
import { describeLocation, partOf, polygonsOf } from './validate-geometry-shape';

/** Rings with more edges than this are checked with edges sorted by longitude, not all pairs. */
const ALL_PAIRS_LIMIT = 64;

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

function overlapsOnLine(a: Position, b: Position, c: Position, d: Position): boolean {
  const axis = a[0] !== b[0] ? 0 : 1;
  const low = Math.max(Math.min(a[axis], b[axis]), Math.min(c[axis], d[axis]));
  const high = Math.min(Math.max(a[axis], b[axis]), Math.max(c[axis], d[axis]));
  return low < high;
}

/**
 * True when edges ab and cd cross at a point inside both, or run along each other for some
 * length. Touching at a single point is allowed.
 */
export function edgesIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const abc = orientation(a, b, c);
  const abd = orientation(a, b, d);
  const cda = orientation(c, d, a);
  const cdb = orientation(c, d, b);
  if (abc * abd < 0 && cda * cdb < 0) return true;
  return abc === 0 && abd === 0 && overlapsOnLine(a, b, c, d);
}

function edgesMeet(ring: Position[], first: number, second: number): boolean {
  const last = ring.length - 2;
  const adjacent = second === first + 1 || (first === 0 && second === last);
  if (!adjacent) return edgesIntersect(ring[first], ring[first + 1], ring[second], ring[second + 1]);
  // Adjacent edges share a corner; they meet elsewhere only when one doubles back along the other.
  const [a, shared, c] = second === first + 1 ? [ring[first], ring[second], ring[second + 1]] : [ring[second], ring[0], ring[1]];
  if (orientation(a, shared, c) !== 0) return false;
  return (shared[0] - a[0]) * (c[0] - shared[0]) + (shared[1] - a[1]) * (c[1] - shared[1]) < 0;
}

function edgeBounds(ring: Position[], edge: number): [number, number] {
  const west = Math.min(ring[edge][0], ring[edge + 1][0]);
  const east = Math.max(ring[edge][0], ring[edge + 1][0]);
  return [west, east];
}

/** The first pair of edges of a closed ring that meet where they should not, or null. */
export function findRingSelfIntersection(ring: Position[]): [number, number] | null {
  const edgeCount = ring.length - 1;
  if (edgeCount <= ALL_PAIRS_LIMIT) {
    for (let first = 0; first < edgeCount - 1; first++) {
      const a = ring[first];
      const b = ring[first + 1];
      const west = Math.min(a[0], b[0]);
      const east = Math.max(a[0], b[0]);
      const south = Math.min(a[1], b[1]);
      const north = Math.max(a[1], b[1]);
      for (let second = first + 1; second < edgeCount; second++) {
        const c = ring[second];
        const d = ring[second + 1];
        if ((c[0] < west && d[0] < west) || (c[0] > east && d[0] > east)) continue;
        if ((c[1] < south && d[1] < south) || (c[1] > north && d[1] > north)) continue;
        if (edgesMeet(ring, first, second)) return [first, second];
      }
    }
    return null;
  }
  const order = Array.from({ length: edgeCount }, (_, edge) => edge);
  const bounds = order.map((edge) => edgeBounds(ring, edge));
  order.sort((left, right) => bounds[left][0] - bounds[right][0]);
  for (let i = 0; i < edgeCount; i++) {
    const east = bounds[order[i]][1];
    for (let j = i + 1; j < edgeCount && bounds[order[j]][0] <= east; j++) {
      const first = Math.min(order[i], order[j]);
      const second = Math.max(order[i], order[j]);
      if (edgesMeet(ring, first, second)) return [first, second];
    }
  }
  return null;
}

function selfIntersectionError(part: number | null, ring: number, edges: [number, number]): Issue {
  const where = describeLocation({ part, ring });
  const [first, second] = edges;
  return error(
    'ring-self-intersection',
    `${where.zh}自相交：第 ${first + 1} 条边与第 ${second + 1} 条边相交`,
    `${where.en} intersects itself: edge ${first + 1} crosses edge ${second + 1}`,
  );
}

/** An error for the first ring of a closed geometry whose edges cross or overlap each other. */
export function selfIntersectionIssue(geometry: PlotGeometry): Issue | null {
  const polygons = polygonsOf(geometry);
  for (let polygonIndex = 0; polygonIndex < polygons.length; polygonIndex++) {
    for (let ring = 0; ring < polygons[polygonIndex].length; ring++) {
      const edges = findRingSelfIntersection(polygons[polygonIndex][ring]);
      if (edges !== null) return selfIntersectionError(partOf(geometry, polygonIndex), ring, edges);
    }
  }
  return null;
}
