import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findRingConflict } from './find-ring-conflict';
import { ringVertices } from './ring-vertices';
import { allPairsConflict, distinctCorners, random } from '../test-fixtures/ring-conflict-reference';

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
