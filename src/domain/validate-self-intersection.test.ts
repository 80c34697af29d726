import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { allPairsConflict, distinctCorners, random } from './test-fixtures/ring-conflict-reference';
import { squareRing } from './test-fixtures/plot-features';
import { edgesIntersect, findRingSelfIntersection, selfIntersectionIssue } from './validate-self-intersection';

/** A closed star-shaped ring of `count` corners that never crosses itself. */
function starRing(count: number): Position[] {
  const ring: Position[] = [];
  for (let corner = 0; corner < count; corner++) {
    const angle = (2 * Math.PI * corner) / count;
    const radius = corner % 2 === 0 ? 0.001 : 0.0006;
    ring.push([120.5 + radius * Math.cos(angle), 30.6 + radius * Math.sin(angle)]);
  }
  return [...ring, ring[0]];
}

describe('edgesIntersect', () => {
  it('finds a proper crossing and an overlap along one line, not a touch', () => {
    expect(edgesIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(edgesIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(edgesIntersect([0, 0], [2, 0], [2, 0], [3, 1])).toBe(false);
    expect(edgesIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(edgesIntersect([0, 0], [1, 1], [0, 1], [0.4, 0.6])).toBe(false);
  });
});

describe('findRingSelfIntersection', () => {
  it('accepts simple rings, small and large', () => {
    expect(findRingSelfIntersection(squareRing(120.5, 30.6))).toBeNull();
    expect(findRingSelfIntersection(starRing(40))).toBeNull();
    expect(findRingSelfIntersection(starRing(400))).toBeNull();
  });

  it('finds the crossing edges of a bow tie', () => {
    expect(findRingSelfIntersection([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])).toEqual([0, 2]);
  });

  it('finds a spike that doubles back along its own edge', () => {
    expect(findRingSelfIntersection([[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]])).toEqual([0, 1]);
  });

  it('finds a crossing in a large ring, where edges are sorted rather than paired', () => {
    const ring = starRing(400);
    const crossed = [...ring];
    [crossed[100], crossed[300]] = [ring[300], ring[100]];
    expect(findRingSelfIntersection(crossed)).not.toBeNull();
  });
});

describe('selfIntersectionIssue', () => {
  it('names the part, ring and edges', () => {
    const issue = selfIntersectionIssue({
      type: 'MultiPolygon',
      coordinates: [[squareRing(120.5, 30.6)], [squareRing(121, 30.6), [[121.0002, 30.6002], [121.0008, 30.6008], [121.0008, 30.6002], [121.0002, 30.6008], [121.0002, 30.6002]]]],
    });
    expect(issue).toMatchObject({ severity: 'error', code: 'ring-self-intersection' });
    expect(issue?.zh).toBe('第 2 部分第 1 个内环自相交：第 1 条边与第 3 条边相交');
    expect(issue?.en).toBe('part 2, hole 1 intersects itself: edge 1 crosses edge 3');
  });
});

describe('findRingSelfIntersection on small rings (every pair of edges) and large ones (the sweep)', () => {
  it('agrees with the reference on 3,000 random rings on a small grid', () => {
    const next = random(21);
    for (let trial = 0; trial < 3000; trial++) {
      const count = 3 + Math.floor(next() * 8);
      const ring: Position[] = Array.from({ length: count }, () => [Math.floor(next() * 5), Math.floor(next() * 5)]);
      const corners = distinctCorners([...ring, ring[0]]);
      const onOneLine = corners.every((corner) => (corners[1][0] - corners[0][0]) * (corner[1] - corners[0][1]) === (corners[1][1] - corners[0][1]) * (corner[0] - corners[0][0]));
      if (corners.length < 3 || onOneLine) continue;
      expect([trial, findRingSelfIntersection([...ring, ring[0]]) !== null]).toEqual([trial, allPairsConflict(corners)]);
    }
  });

  it('in a large ring, accepts a notch cut to the centre and finds a point passed twice', () => {
    const ring = starRing(400);
    const touching = [...ring.slice(0, 200), [120.5, 30.6], ...ring.slice(200)];
    expect(findRingSelfIntersection(touching)).toBeNull();
    const repeated = [...ring.slice(0, 100), ring[300], ...ring.slice(100)];
    expect(findRingSelfIntersection(repeated)).not.toBeNull();
  });
});
