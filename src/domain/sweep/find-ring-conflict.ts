import { orient2d } from 'robust-predicates';
import { SweepStatus } from './sweep-status';
import { nextVertex, previousVertex, type RingVertices } from './ring-vertices';

/**
 * Where rings meet where they must not:
 * - `crossing`: edges `edge` and `other` (each named by its first corner) cross, or run along
 *   each other for some length;
 * - `touch`: corner `vertex` lies inside edge `other` — of its own ring, or of another ring
 *   that it crosses there;
 * - `shared-corner`: corners `vertex` and `other` are the same point — twice in one ring (a
 *   figure 8, or a ring touching itself), or two rings crossing there.
 * Two different rings may touch at a point without crossing; one ring may not touch itself.
 */
export type RingConflict =
  | { kind: 'crossing'; edge: number; other: number }
  | { kind: 'touch'; vertex: number; other: number }
  | { kind: 'shared-corner'; vertex: number; other: number };

/**
 * The first conflict found among the rings' edges, or null: a sweep line from west to east
 * (Shamos–Hoey) that keeps the edges it crosses in order and compares each edge only with its
 * neighbours there, so n corners take O(n log n) time. Corners at one point are handled
 * together, so touches are told apart from crossings. Orientation tests are exact.
 */
export function findRingConflict(vertices: RingVertices): RingConflict | null {
  const { x, y, count } = vertices;
  if (count < 3) return null;
  const left = new Int32Array(count);
  const right = new Int32Array(count);
  for (let edge = 0; edge < count; edge++) {
    const end = nextVertex(vertices, edge);
    const startsLeft = x[edge] < x[end] || (x[edge] === x[end] && y[edge] < y[end]);
    left[edge] = startsLeft ? edge : end;
    right[edge] = startsLeft ? end : edge;
  }
  const spike = findSpike(vertices);
  if (spike !== null) return spike;

  // A plain array: its merge sort follows the runs a ring's corners come in, twice as fast here.
  const order = Array.from({ length: count }, (_, vertex) => vertex);
  order.sort((first, second) => x[first] - x[second] || y[first] - y[second]);

  /** Positive when c lies left of the line from a to b (above it, for a left-to-right edge). */
  const side = (a: number, b: number, cx: number, cy: number) => -orient2d(x[a], y[a], x[b], y[b], cx, cy);
  const status = new SweepStatus(count);
  let collinear: RingConflict | null = null;
  const isBelow = (edge: number, other: number): boolean => {
    const here = side(left[other], right[other], x[left[edge]], y[left[edge]]);
    if (here !== 0) return here < 0;
    const ahead = side(left[other], right[other], x[right[edge]], y[right[edge]]);
    if (ahead === 0) collinear ??= { kind: 'crossing', edge, other };
    return ahead < 0;
  };
  const crossing = (edge: number, other: number): RingConflict | null => {
    if (edge === -1 || other === -1) return null;
    return edgesCrossOrOverlap(vertices, left[edge], right[edge], left[other], right[other]) ? { kind: 'crossing', edge, other } : null;
  };
  /** Takes out an edge that ends at this corner; its neighbours meet. */
  const removeEnding = (edge: number, vertex: number): RingConflict | null => {
    if (right[edge] !== vertex) return null;
    const below = status.below(edge);
    const above = status.above(edge);
    status.remove(edge);
    return crossing(below, above);
  };
  /** Puts in an edge that starts at this corner, and compares it with its new neighbours. */
  const insertStarting = (edge: number, vertex: number): RingConflict | null => {
    if (left[edge] !== vertex) return null;
    status.insert(edge, isBelow);
    if (collinear !== null) return collinear;
    return crossing(edge, status.below(edge)) ?? crossing(edge, status.above(edge));
  };

  let groupStart = 0;
  while (groupStart < count) {
    const px = x[order[groupStart]];
    const py = y[order[groupStart]];
    let groupEnd = groupStart + 1;
    while (groupEnd < count && x[order[groupEnd]] === px && y[order[groupEnd]] === py) groupEnd++;

    const shared = groupEnd - groupStart > 1 ? sharedCornerConflict(vertices, order, groupStart, groupEnd) : null;
    if (shared !== null) return shared;

    for (let position = groupStart; position < groupEnd; position++) {
      const vertex = order[position];
      const conflict = removeEnding(previousVertex(vertices, vertex), vertex) ?? removeEnding(vertex, vertex);
      if (conflict !== null) return conflict;
    }

    const touch = touchConflict(vertices, order, groupStart, groupEnd, status, side, left, right);
    if (touch !== null) return touch;

    for (let position = groupStart; position < groupEnd; position++) {
      const vertex = order[position];
      const conflict = insertStarting(previousVertex(vertices, vertex), vertex) ?? insertStarting(vertex, vertex);
      if (conflict !== null) return conflict;
    }
    groupStart = groupEnd;
  }
  return null;
}

/** A corner where the ring turns straight back along the edge it came by. */
function findSpike(vertices: RingVertices): RingConflict | null {
  const { x, y, count } = vertices;
  for (let vertex = 0; vertex < count; vertex++) {
    const before = previousVertex(vertices, vertex);
    const after = nextVertex(vertices, vertex);
    if (before === after) return { kind: 'crossing', edge: before, other: vertex };
    if (orient2d(x[before], y[before], x[vertex], y[vertex], x[after], y[after]) !== 0) continue;
    const dot = (x[vertex] - x[before]) * (x[after] - x[vertex]) + (y[vertex] - y[before]) * (y[after] - y[vertex]);
    if (dot < 0) return { kind: 'crossing', edge: before, other: vertex };
  }
  return null;
}

/** True when edges ab and cd cross at a point inside both, or overlap for some length. */
function edgesCrossOrOverlap(vertices: RingVertices, a: number, b: number, c: number, d: number): boolean {
  const { x, y } = vertices;
  const abc = orient2d(x[a], y[a], x[b], y[b], x[c], y[c]);
  const abd = orient2d(x[a], y[a], x[b], y[b], x[d], y[d]);
  if (abc !== 0 && abd !== 0) {
    if ((abc > 0) === (abd > 0)) return false;
    const cda = orient2d(x[c], y[c], x[d], y[d], x[a], y[a]);
    const cdb = orient2d(x[c], y[c], x[d], y[d], x[b], y[b]);
    return cda !== 0 && cdb !== 0 && (cda > 0) !== (cdb > 0);
  }
  if (abc !== 0 || abd !== 0) return false;
  // Collinear, and each edge's corners in left-to-right order: they overlap past a point when
  // the later start comes before the earlier end.
  const before = (p: number, q: number) => x[p] < x[q] || (x[p] === x[q] && y[p] < y[q]);
  const start = before(a, c) ? c : a;
  const end = before(b, d) ? b : d;
  return before(start, end);
}

/** Same point twice in one ring, or two rings crossing at a corner they share. */
function sharedCornerConflict(vertices: RingVertices, order: readonly number[], start: number, end: number): RingConflict | null {
  for (let first = start; first < end; first++) {
    for (let second = first + 1; second < end; second++) {
      const vertex = order[first];
      const other = order[second];
      if (vertices.ring[vertex] === vertices.ring[other]) return { kind: 'shared-corner', vertex: Math.min(vertex, other), other: Math.max(vertex, other) };
      if (ringsCrossAtCorner(vertices, vertex, other)) return { kind: 'shared-corner', vertex, other };
    }
  }
  return null;
}

/**
 * Two rings meeting at a shared corner cross there when the other ring's edges leave it on
 * both sides of this ring's boundary; an edge along one of this ring's edges is an overlap.
 */
function ringsCrossAtCorner(vertices: RingVertices, vertex: number, other: number): boolean {
  const { x, y } = vertices;
  const px = x[vertex];
  const py = y[vertex];
  const outgoing = nextVertex(vertices, vertex);
  const incoming = previousVertex(vertices, vertex);
  const turn = (from: number, to: number) => -orient2d(px, py, x[from], y[from], x[to], y[to]);
  const alongEdge = (along: number, point: number) =>
    turn(along, point) === 0 && (x[along] - px) * (x[point] - px) + (y[along] - py) * (y[point] - py) > 0;
  const sweepAngle = turn(outgoing, incoming);
  const inside = (point: number): boolean => {
    if (sweepAngle > 0) return turn(outgoing, point) > 0 && turn(incoming, point) < 0;
    if (sweepAngle < 0) return !(turn(incoming, point) >= 0 && turn(outgoing, point) <= 0);
    return turn(outgoing, point) > 0;
  };
  const before = previousVertex(vertices, other);
  const after = nextVertex(vertices, other);
  for (const point of [before, after]) if (alongEdge(outgoing, point) || alongEdge(incoming, point)) return true;
  return inside(before) !== inside(after);
}

/** A corner lying inside an edge the sweep line crosses at that point. */
function touchConflict(
  vertices: RingVertices,
  order: readonly number[],
  start: number,
  end: number,
  status: SweepStatus,
  side: (a: number, b: number, cx: number, cy: number) => number,
  left: Int32Array,
  right: Int32Array,
): RingConflict | null {
  const { x, y } = vertices;
  const px = x[order[start]];
  const py = y[order[start]];
  let edge = status.firstAtOrAbove((node) => side(left[node], right[node], px, py) <= 0);
  while (edge !== -1 && side(left[edge], right[edge], px, py) === 0) {
    for (let position = start; position < end; position++) {
      const vertex = order[position];
      if (vertices.ring[vertex] === vertices.ring[edge]) return { kind: 'touch', vertex, other: edge };
      const before = side(left[edge], right[edge], x[previousVertex(vertices, vertex)], y[previousVertex(vertices, vertex)]);
      const after = side(left[edge], right[edge], x[nextVertex(vertices, vertex)], y[nextVertex(vertices, vertex)]);
      if (before === 0 || after === 0 || before > 0 !== after > 0) return { kind: 'touch', vertex, other: edge };
    }
    edge = status.above(edge);
  }
  return null;
}
