import { describe, expect, it } from 'vitest';
import { numberLabelSize, placeLabels, type Box, type LabelRequest, type PlacedLabel } from './place-labels';

const FRAME: Box = { left: 0, top: 0, right: 800, bottom: 600 };

/** A seeded pseudo-random sequence, so a failing layout can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function requestsIn(clusters: { x: number; y: number; radius: number; count: number }[], textSize = 13): LabelRequest[] {
  const next = random(7);
  const requests: LabelRequest[] = [];
  for (const cluster of clusters) {
    for (let i = 0; i < cluster.count; i++) {
      const id = requests.length + 1;
      requests.push({ id, x: cluster.x + (next() - 0.5) * 2 * cluster.radius, y: cluster.y + (next() - 0.5) * 2 * cluster.radius, ...numberLabelSize(id, textSize) });
    }
  }
  return requests;
}

function boxOf(label: PlacedLabel, request: LabelRequest): Box {
  return { left: label.x - request.width / 2, right: label.x + request.width / 2, top: label.y - request.height / 2, bottom: label.y + request.height / 2 };
}

function expectNoOverlapInside(requests: LabelRequest[], placed: PlacedLabel[], frame: Box) {
  const byId = new Map(requests.map((request) => [request.id, request]));
  const boxes = placed.map((label) => boxOf(label, byId.get(label.id) as LabelRequest));
  let overlapping = 0;
  boxes.forEach((a, i) => {
    expect(a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom).toBe(true);
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlapping++;
    }
  });
  expect(overlapping).toBe(0);
}

describe('placeLabels', () => {
  it('leaves a label that has room on its own point, with no leader line', () => {
    const { placed, unplaced } = placeLabels([{ id: 1, x: 100, y: 100, width: 20, height: 16 }, { id: 2, x: 300, y: 300, width: 20, height: 16 }], FRAME);
    expect(unplaced).toEqual([]);
    expect(placed.map((label) => [label.id, label.x, label.y, label.leader])).toEqual([[1, 100, 100, false], [2, 300, 300, false]]);
  });

  it('moves a label off a crowded point, nearby, with a leader line', () => {
    const { placed } = placeLabels([{ id: 1, x: 100, y: 100, width: 20, height: 16 }, { id: 2, x: 103, y: 101, width: 20, height: 16 }], FRAME);
    expect(placed[1].leader).toBe(true);
    expect(Math.hypot(placed[1].x - 103, placed[1].y - 101)).toBeLessThan(40);
    expectNoOverlapInside([{ id: 1, x: 100, y: 100, width: 20, height: 16 }, { id: 2, x: 103, y: 101, width: 20, height: 16 }], placed, FRAME);
  });

  it('places all 194 numbers of three dense clusters in a laptop-sized map without overlap', () => {
    const requests = requestsIn([{ x: 200, y: 200, radius: 30, count: 80 }, { x: 500, y: 250, radius: 25, count: 70 }, { x: 400, y: 450, radius: 20, count: 44 }]);
    const { placed, unplaced } = placeLabels(requests, FRAME);
    expect(unplaced).toEqual([]);
    expect(placed).toHaveLength(194);
    expectNoOverlapInside(requests, placed, FRAME);
  });

  it('places 300 numbers of one township packed into a small area', () => {
    const requests = requestsIn([{ x: 400, y: 300, radius: 60, count: 300 }]);
    const { placed, unplaced } = placeLabels(requests, FRAME);
    expect(unplaced).toEqual([]);
    expectNoOverlapInside(requests, placed, FRAME);
  });

  it('says which labels found no room when the frame cannot hold them all', () => {
    const requests = requestsIn([{ x: 50, y: 20, radius: 5, count: 40 }]);
    const { placed, unplaced } = placeLabels(requests, { left: 0, top: 0, right: 100, bottom: 40 });
    expect(placed.length + unplaced.length).toBe(40);
    expect(unplaced.length).toBeGreaterThan(0);
  });
});
