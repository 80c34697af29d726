import type { Position } from 'geojson';
import { orient2d } from 'robust-predicates';
import { error, type Issue } from './findings';
import { findRingConflict, type RingConflict } from './sweep/find-ring-conflict';
import { ringVertices, type RingVertices } from './sweep/ring-vertices';
import type { PlotGeometry } from './types';
import { describeLocation, partOf, polygonsOf } from './validate-geometry-shape';

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
 * length. Touching at a single point is not a crossing.
 */
export function edgesIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const abc = orientation(a, b, c);
  const abd = orientation(a, b, d);
  const cda = orientation(c, d, a);
  const cdb = orientation(c, d, b);
  if (abc * abd < 0 && cda * cdb < 0) return true;
  return abc === 0 && abd === 0 && overlapsOnLine(a, b, c, d);
}

/**
 * How a ring meets itself, with positions as written in the ring (0-based): edges that cross
 * or overlap, a corner on another edge, or a point visited twice (a figure 8).
 */
export type RingSelfConflict =
  | { kind: 'crossing'; edges: [number, number] }
  | { kind: 'touch'; point: number; edge: number }
  | { kind: 'repeated-point'; points: [number, number] };

/**
 * A ring the sweep can check: corners that do not all lie on one line. One that does has no
 * area and is rejected as such (geometry-zero-area), which says more than "it crosses itself".
 */
function hasArea(ring: readonly Position[]): boolean {
  const first = ring[0];
  let second: Position | null = null;
  for (const corner of ring) {
    if (second === null) {
      if (corner[0] !== first[0] || corner[1] !== first[1]) second = corner;
    } else if (orient2d(first[0], first[1], second[0], second[1], corner[0], corner[1]) !== 0) {
      return true;
    }
  }
  return false;
}

/** A conflict found by the sweep, in the positions of the ring(s) as written. */
export function conflictPositions(vertices: RingVertices, conflict: RingConflict): { first: number; second: number } {
  return { first: vertices.position[conflict.kind === 'crossing' ? conflict.edge : conflict.vertex], second: vertices.position[conflict.other] };
}

/** Rings of up to this many corners compare every pair of edges: faster than setting up a sweep. */
const ALL_PAIRS_LIMIT = 32;

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function onSegment(a: Position, b: Position, point: Position): boolean {
  return Math.min(a[0], b[0]) <= point[0] && point[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= point[1] && point[1] <= Math.max(a[1], b[1]);
}

/** How two edges of one ring that share no corner meet: crossing, a corner on the other edge, or not at all. */
function edgePairConflict(corners: readonly Position[], positions: readonly number[], first: number, second: number): RingSelfConflict | null {
  const count = corners.length;
  const a = corners[first];
  const b = corners[(first + 1) % count];
  const c = corners[second];
  const d = corners[(second + 1) % count];
  const cda = orient2d(c[0], c[1], d[0], d[1], a[0], a[1]);
  const cdb = orient2d(c[0], c[1], d[0], d[1], b[0], b[1]);
  const abc = orient2d(a[0], a[1], b[0], b[1], c[0], c[1]);
  const abd = orient2d(a[0], a[1], b[0], b[1], d[0], d[1]);
  const edges: [number, number] = [positions[first], positions[second]];
  if (((cda > 0 && cdb < 0) || (cda < 0 && cdb > 0)) && ((abc > 0 && abd < 0) || (abc < 0 && abd > 0))) return { kind: 'crossing', edges };
  if (cda === 0 && cdb === 0 && abc === 0 && abd === 0) {
    const touching = [a, b].filter((point) => onSegment(c, d, point)).length + [c, d].filter((point) => onSegment(a, b, point)).length;
    if (touching > 1) return { kind: 'crossing', edges };
  }
  if (cda === 0 && onSegment(c, d, a)) return { kind: 'touch', point: positions[first], edge: positions[second] };
  if (cdb === 0 && onSegment(c, d, b)) return { kind: 'touch', point: positions[(first + 1) % count], edge: positions[second] };
  if (abc === 0 && onSegment(a, b, c)) return { kind: 'touch', point: positions[second], edge: positions[first] };
  if (abd === 0 && onSegment(a, b, d)) return { kind: 'touch', point: positions[(second + 1) % count], edge: positions[first] };
  return null;
}

/** The same answer as the sweep for a small ring, by comparing every pair of edges. */
function smallRingConflict(corners: readonly Position[], positions: readonly number[]): RingSelfConflict | null {
  const count = corners.length;
  for (let first = 0; first < count; first++) {
    for (let second = first + 1; second < count; second++) {
      if (samePoint(corners[first], corners[second])) return { kind: 'repeated-point', points: [positions[first], positions[second]] };
    }
  }
  for (let corner = 0; corner < count; corner++) {
    const before = corners[(corner + count - 1) % count];
    const here = corners[corner];
    const after = corners[(corner + 1) % count];
    if (orient2d(before[0], before[1], here[0], here[1], after[0], after[1]) !== 0) continue;
    if ((here[0] - before[0]) * (after[0] - here[0]) + (here[1] - before[1]) * (after[1] - here[1]) < 0) {
      const edges: [number, number] = [positions[(corner + count - 1) % count], positions[corner]];
      return { kind: 'crossing', edges: [Math.min(...edges), Math.max(...edges)] };
    }
  }
  for (let first = 0; first < count; first++) {
    const a = corners[first];
    const b = corners[(first + 1) % count];
    const west = Math.min(a[0], b[0]);
    const east = Math.max(a[0], b[0]);
    const south = Math.min(a[1], b[1]);
    const north = Math.max(a[1], b[1]);
    for (let second = first + 2; second < count; second++) {
      if (first === 0 && second === count - 1) continue;
      const c = corners[second];
      const d = corners[(second + 1) % count];
      if ((c[0] < west && d[0] < west) || (c[0] > east && d[0] > east) || (c[1] < south && d[1] < south) || (c[1] > north && d[1] > north)) continue;
      const conflict = edgePairConflict(corners, positions, first, second);
      if (conflict !== null) return conflict;
    }
  }
  return null;
}

/** The first place a closed ring meets itself, or null; O(n log n) in its corners. */
export function findRingSelfConflict(ring: readonly Position[]): RingSelfConflict | null {
  if (!hasArea(ring)) return null;
  if (ring.length <= ALL_PAIRS_LIMIT + 1) {
    const corners: Position[] = [];
    const positions: number[] = [];
    for (let point = 0; point < ring.length; point++) {
      if (corners.length > 0 && samePoint(corners[corners.length - 1], ring[point])) continue;
      corners.push(ring[point]);
      positions.push(point);
    }
    while (corners.length > 1 && samePoint(corners[0], corners[corners.length - 1])) {
      corners.pop();
      positions.pop();
    }
    return smallRingConflict(corners, positions);
  }
  const vertices = ringVertices([ring]);
  const conflict = findRingConflict(vertices);
  if (conflict === null) return null;
  const { first, second } = conflictPositions(vertices, conflict);
  if (conflict.kind === 'crossing') return { kind: 'crossing', edges: [Math.min(first, second), Math.max(first, second)] };
  if (conflict.kind === 'touch') return { kind: 'touch', point: first, edge: second };
  return { kind: 'repeated-point', points: [Math.min(first, second), Math.max(first, second)] };
}

/** The first pair of edges of a closed ring that cross, overlap or touch, or null. */
export function findRingSelfIntersection(ring: Position[]): [number, number] | null {
  const conflict = findRingSelfConflict(ring);
  if (conflict === null) return null;
  if (conflict.kind === 'crossing') return conflict.edges;
  if (conflict.kind === 'touch') return [conflict.point, conflict.edge];
  return conflict.points;
}

function selfConflictError(part: number | null, ring: number, conflict: RingSelfConflict): Issue {
  const where = describeLocation({ part, ring });
  if (conflict.kind === 'crossing') {
    const [first, second] = conflict.edges;
    return error(
      'ring-self-intersection',
      `${where.zh}自相交：第 ${first + 1} 条边与第 ${second + 1} 条边相交`,
      `${where.en} intersects itself: edge ${first + 1} crosses edge ${second + 1}`,
    );
  }
  if (conflict.kind === 'touch') {
    return error(
      'ring-self-touch',
      `${where.zh}与自身相接：第 ${conflict.point + 1} 个点落在第 ${conflict.edge + 1} 条边上，面积无法确定`,
      `${where.en} touches itself: point ${conflict.point + 1} lies on edge ${conflict.edge + 1}, so its area is ambiguous`,
    );
  }
  const [first, second] = conflict.points;
  return error(
    'ring-self-touch',
    `${where.zh}两次经过同一点（第 ${first + 1} 个点与第 ${second + 1} 个点重合，呈 8 字形或自相接），面积无法确定`,
    `${where.en} passes through the same point twice (points ${first + 1} and ${second + 1}: a figure 8 or a ring touching itself), so its area is ambiguous`,
  );
}

/** An error for the first ring of a closed geometry whose edges cross, overlap or touch each other. */
export function selfIntersectionIssue(geometry: PlotGeometry): Issue | null {
  const polygons = polygonsOf(geometry);
  for (let polygonIndex = 0; polygonIndex < polygons.length; polygonIndex++) {
    for (let ring = 0; ring < polygons[polygonIndex].length; ring++) {
      const conflict = findRingSelfConflict(polygons[polygonIndex][ring]);
      if (conflict !== null) return selfConflictError(partOf(geometry, polygonIndex), ring, conflict);
    }
  }
  return null;
}
