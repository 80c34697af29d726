import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findRingConflict } from './find-ring-conflict';
import { ringVertices } from './ring-vertices';

/** Exact integer segment test, touching included: the reference the sweep is checked against. */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const cross = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const onSegment = (p: Position, q: Position, r: Position) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (d1 === 0 && onSegment(c, d, a)) || (d2 === 0 && onSegment(c, d, b)) || (d3 === 0 && onSegment(a, b, c)) || (d4 === 0 && onSegment(a, b, d));
}

/** Every pair of edges: does the ring meet itself anywhere but at the corners its edges share? */
function allPairsConflict(corners: Position[]): boolean {
  const count = corners.length;
  const key = (point: Position) => `${point[0]},${point[1]}`;
  if (new Set(corners.map(key)).size < count) return true;
  for (let first = 0; first < count; first++) {
    const a = corners[first];
    const b = corners[(first + 1) % count];
    for (let second = first + 1; second < count; second++) {
      const c = corners[second];
      const d = corners[(second + 1) % count];
      const adjacent = second === first + 1 || (first === 0 && second === count - 1);
      if (!adjacent) {
        if (segmentsMeet(a, b, c, d)) return true;
        continue;
      }
      const [p, shared, q] = second === first + 1 ? [a, b, d] : [c, a, b];
      const turn = (shared[0] - p[0]) * (q[1] - p[1]) - (shared[1] - p[1]) * (q[0] - p[0]);
      const back = (shared[0] - p[0]) * (q[0] - shared[0]) + (shared[1] - p[1]) * (q[1] - shared[1]);
      if (turn === 0 && back < 0) return true;
    }
  }
  return false;
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function distinctCorners(ring: Position[]): Position[] {
  const corners: Position[] = [];
  for (const point of ring) {
    const last = corners[corners.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) corners.push(point);
  }
  while (corners.length > 1 && corners[0][0] === corners[corners.length - 1][0] && corners[0][1] === corners[corners.length - 1][1]) corners.pop();
  return corners;
}

describe('findRingConflict against every pair of edges', () => {
  it('agrees on 3,000 random rings on a small grid, where corners often fall on edges and on each other', () => {
    const next = random(15);
    let conflicts = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const count = 3 + Math.floor(next() * 8);
      const ring: Position[] = Array.from({ length: count }, () => [Math.floor(next() * 5), Math.floor(next() * 5)]);
      const corners = distinctCorners([...ring, ring[0]]);
      if (corners.length < 3) continue;
      const expected = allPairsConflict(corners);
      if (expected) conflicts++;
      expect([trial, findRingConflict(ringVertices([[...ring, ring[0]]])) !== null]).toEqual([trial, expected]);
    }
    expect(conflicts).toBeGreaterThan(500);
  });

  it('agrees on random star rings with no conflict and with two corners swapped', () => {
    const next = random(7);
    for (let trial = 0; trial < 200; trial++) {
      const count = 8 + Math.floor(next() * 40);
      const ring: Position[] = Array.from({ length: count }, (_, corner) => {
        const angle = (2 * Math.PI * corner) / count;
        const radius = 100 + Math.floor(next() * 900);
        return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
      });
      const swapped = [...ring];
      const first = Math.floor(next() * count);
      const second = Math.floor(next() * count);
      [swapped[first], swapped[second]] = [ring[second], ring[first]];
      for (const candidate of [ring, swapped]) {
        const corners = distinctCorners([...candidate, candidate[0]]);
        expect(findRingConflict(ringVertices([[...candidate, candidate[0]]])) !== null).toBe(allPairsConflict(corners));
      }
    }
  });
});

describe('findRingConflict between rings', () => {
  const square = (west: number, south: number, size: number): Position[] => [
    [west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south],
  ];

  it('lets rings touch at a corner or along no length, but not cross there', () => {
    expect(findRingConflict(ringVertices([square(0, 0, 2), square(2, 2, 2)]))).toBeNull();
    expect(findRingConflict(ringVertices([square(0, 0, 4), [[0, 0], [1, 2], [2, 1], [0, 0]]]))).toBeNull();
    expect(findRingConflict(ringVertices([square(0, 0, 4), [[2, 0], [3, 1], [1, 1], [2, 0]]]))).toBeNull();
    // A corner on the other ring's edge with edges leaving on both sides: they cross there.
    expect(findRingConflict(ringVertices([square(0, 0, 4), [[2, 0], [3, -1], [3, 1], [1, 1], [2, 0]]]))).not.toBeNull();
    // Shared corners where the other ring goes in and out, its edges crossing nowhere else.
    expect(findRingConflict(ringVertices([square(0, 0, 4), [[4, 4], [5, 5], [6, 2], [4, 0], [3, 2], [4, 4]]]))).toMatchObject({ kind: 'shared-corner' });
    expect(findRingConflict(ringVertices([square(0, 0, 4), [[4, 4], [5, 5], [6, 2], [4, 0], [5, 2], [4, 4]]]))).toBeNull();
  });

  it('finds overlapping and identical rings', () => {
    expect(findRingConflict(ringVertices([square(0, 0, 2), square(1, 1, 2)]))).not.toBeNull();
    expect(findRingConflict(ringVertices([square(0, 0, 2), square(0, 0, 2)]))).not.toBeNull();
    expect(findRingConflict(ringVertices([square(0, 0, 2), square(2, 0, 2)]))).not.toBeNull();
  });
});
