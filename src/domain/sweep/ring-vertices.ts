import type { Position } from 'geojson';

/**
 * Rings as flat arrays of their distinct corners, for the sweep: repeated consecutive points and
 * the closing point are left out (they change nothing about the shape), and each corner keeps
 * its ring and its position in the ring as written.
 */
export interface RingVertices {
  x: Float64Array;
  y: Float64Array;
  /** The ring each corner belongs to, as numbered by the caller. */
  ring: Int32Array;
  /** The corner's position in its ring as written in the file. */
  position: Int32Array;
  /** First corner of the corner's ring, and one past its last. */
  ringStart: Int32Array;
  ringEnd: Int32Array;
  count: number;
}

export function ringVertices(rings: readonly (readonly Position[])[]): RingVertices {
  let capacity = 0;
  for (const ring of rings) capacity += ring.length;
  const x = new Float64Array(capacity);
  const y = new Float64Array(capacity);
  const ring = new Int32Array(capacity);
  const position = new Int32Array(capacity);
  const ringStart = new Int32Array(capacity);
  const ringEnd = new Int32Array(capacity);
  let count = 0;
  for (let ringIndex = 0; ringIndex < rings.length; ringIndex++) {
    const positions = rings[ringIndex];
    const start = count;
    for (let point = 0; point < positions.length; point++) {
      const px = positions[point][0];
      const py = positions[point][1];
      if (count > start && x[count - 1] === px && y[count - 1] === py) continue;
      x[count] = px;
      y[count] = py;
      ring[count] = ringIndex;
      position[count] = point;
      count++;
    }
    while (count - start > 1 && x[count - 1] === x[start] && y[count - 1] === y[start]) count--;
    ringStart.fill(start, start, count);
    ringEnd.fill(count, start, count);
  }
  return { x, y, ring, position, ringStart, ringEnd, count };
}

export function nextVertex(vertices: RingVertices, vertex: number): number {
  return vertex + 1 < vertices.ringEnd[vertex] ? vertex + 1 : vertices.ringStart[vertex];
}

export function previousVertex(vertices: RingVertices, vertex: number): number {
  return vertex > vertices.ringStart[vertex] ? vertex - 1 : vertices.ringEnd[vertex] - 1;
}
