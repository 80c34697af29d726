import type { Position } from 'geojson';

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
export function allPairsConflict(corners: Position[]): boolean {
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
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function distinctCorners(ring: Position[]): Position[] {
  const corners: Position[] = [];
  for (const point of ring) {
    const last = corners[corners.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) corners.push(point);
  }
  while (corners.length > 1 && corners[0][0] === corners[corners.length - 1][0] && corners[0][1] === corners[corners.length - 1][1]) corners.pop();
  return corners;
}

