import type { Position } from 'geojson';
import { orient2d } from 'robust-predicates';

/** Where a point lies against a closed ring: 1 inside, −1 outside, 0 on its boundary. Exact. */
export function pointInRing(point: Position, ring: readonly Position[]): -1 | 0 | 1 {
  const px = point[0];
  const py = point[1];
  let inside = false;
  for (let index = 0; index < ring.length - 1; index++) {
    const a = ring[index];
    const b = ring[index + 1];
    const turn = orient2d(a[0], a[1], b[0], b[1], px, py);
    if (turn === 0 && Math.min(a[0], b[0]) <= px && px <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= py && py <= Math.max(a[1], b[1])) return 0;
    if (a[1] > py !== b[1] > py) {
      // The edge crosses the horizontal through the point; count it when it passes east of the point.
      const upward = b[1] > a[1];
      if (upward ? turn < 0 : turn > 0) inside = !inside;
    }
  }
  return inside ? 1 : -1;
}

/**
 * Whether ring `inner` lies inside ring `outer`, for rings whose edges do not cross: the first
 * corner (or, failing that, edge midpoint) of `inner` not on `outer`'s boundary decides.
 * 0 when every one of them is on the boundary.
 */
export function ringInsideRing(inner: readonly Position[], outer: readonly Position[]): -1 | 0 | 1 {
  for (let index = 0; index < inner.length - 1; index++) {
    const where = pointInRing(inner[index], outer);
    if (where !== 0) return where;
  }
  for (let index = 0; index < inner.length - 1; index++) {
    const a = inner[index];
    const b = inner[index + 1];
    const where = pointInRing([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], outer);
    if (where !== 0) return where;
  }
  return 0;
}
