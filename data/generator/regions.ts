import { neighbours, vertexIndex, vertexPoint, type Grid } from './grid';
import type { Point } from './geometry';

/** The four cells around interior vertex (i, j): below-left, below-right, above-left, above-right. */
function cellsAround(grid: Grid, i: number, j: number): [number, number, number, number] {
  const below = (j - 1) * grid.columns;
  const above = j * grid.columns;
  return [below + i - 1, below + i, above + i - 1, above + i];
}

function componentFrom(grid: Grid, labels: Int32Array, start: number, reached: Uint8Array): number[] {
  const label = labels[start];
  const stack = [start];
  const cells: number[] = [];
  reached[start] = 1;
  while (stack.length > 0) {
    const cell = stack.pop()!;
    cells.push(cell);
    for (const next of neighbours(grid, cell)) {
      if (next >= 0 && !reached[next] && labels[next] === label) {
        reached[next] = 1;
        stack.push(next);
      }
    }
  }
  return cells;
}

/**
 * Makes the county one piece without holes or cells touching only at a corner. Label 0 is
 * inside, -1 outside; the grid's border row must be outside.
 */
export function tidyCounty(grid: Grid, labels: Int32Array): void {
  for (let round = 0; round < 100; round++) {
    let changed = false;
    const reached = new Uint8Array(labels.length);
    componentFrom(grid, labels, 0, reached);
    for (let cell = 0; cell < labels.length; cell++) {
      if (labels[cell] === -1 && !reached[cell]) {
        labels[cell] = 0;
        changed = true;
      }
    }
    let largest: number[] = [];
    for (let cell = 0; cell < labels.length; cell++) {
      if (labels[cell] === 0 && !reached[cell]) {
        const component = componentFrom(grid, labels, cell, reached);
        if (component.length > largest.length) largest = component;
      }
    }
    const keep = new Uint8Array(labels.length);
    for (const cell of largest) keep[cell] = 1;
    for (let cell = 0; cell < labels.length; cell++) {
      if (labels[cell] === 0 && !keep[cell]) {
        labels[cell] = -1;
        changed = true;
      }
    }
    for (let j = 1; j < grid.rows; j++) {
      for (let i = 1; i < grid.columns; i++) {
        const [a, b, c, d] = cellsAround(grid, i, j);
        if ((labels[a] === labels[d]) !== (labels[b] === labels[c])) continue;
        if (labels[a] === labels[d] && labels[a] !== labels[b]) {
          for (const cell of [a, b, c, d]) labels[cell] = 0;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
}

/**
 * Reassigns stray cells so that every region is connected to its seed and no two of its cells
 * touch only at a corner (which would make its outline touch itself). `canTake` says whether
 * a cell may move to a label. Returns false when it does not settle.
 */
export function tidyRegions(
  grid: Grid,
  labels: Int32Array,
  seeds: ReadonlyMap<number, number>,
  canTake: (cell: number, label: number) => boolean,
): boolean {
  const isSeed = new Uint8Array(labels.length);
  for (const cell of seeds.values()) isSeed[cell] = 1;
  const movable = (cell: number, label: number) => labels[cell] >= 0 && !isSeed[cell] && canTake(cell, label);
  for (let round = 0; round < 200; round++) {
    let changed = false;
    const reached = new Uint8Array(labels.length);
    for (const cell of seeds.values()) componentFrom(grid, labels, cell, reached);
    for (let cell = 0; cell < labels.length; cell++) {
      if (labels[cell] < 0 || reached[cell]) continue;
      const counts = new Map<number, number>();
      for (const next of neighbours(grid, cell)) {
        const label = next >= 0 ? labels[next] : -1;
        if (label >= 0 && label !== labels[cell] && canTake(cell, label)) counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      let best = -1;
      for (const [label, count] of counts) if (best < 0 || count > counts.get(best)!) best = label;
      if (best >= 0) {
        labels[cell] = best;
        changed = true;
      }
    }
    for (let j = 1; j < grid.rows; j++) {
      for (let i = 1; i < grid.columns; i++) {
        const [a, b, c, d] = cellsAround(grid, i, j);
        for (const [one, other, cross1, cross2] of [[a, d, b, c], [b, c, a, d]]) {
          const label = labels[one];
          if (label < 0 || labels[other] !== label || labels[cross1] === label || labels[cross2] === label) continue;
          if (movable(cross1, label)) labels[cross1] = label;
          else if (movable(cross2, label)) labels[cross2] = label;
          else return false;
          changed = true;
        }
      }
    }
    if (!changed) return true;
  }
  return false;
}

/**
 * Outlines each label's cells counter-clockwise along cell edges. A label whose cells make
 * more than one loop (a hole or a second piece) gets null.
 */
export function traceRegions(grid: Grid, labels: Int32Array, labelCount: number): (Point[] | null)[] {
  const next: Map<number, number>[] = Array.from({ length: labelCount }, () => new Map());
  for (let cell = 0; cell < labels.length; cell++) {
    const label = labels[cell];
    if (label < 0) continue;
    const i = cell % grid.columns;
    const j = Math.floor(cell / grid.columns);
    const corners = [
      vertexIndex(grid, i, j),
      vertexIndex(grid, i + 1, j),
      vertexIndex(grid, i + 1, j + 1),
      vertexIndex(grid, i, j + 1),
    ];
    neighbours(grid, cell).forEach((neighbour, side) => {
      if (neighbour < 0 || labels[neighbour] !== label) next[label].set(corners[side], corners[(side + 1) % 4]);
    });
  }
  return next.map((edges) => {
    if (edges.size === 0) return null;
    const start = edges.keys().next().value!;
    const ring: Point[] = [];
    let vertex = start;
    do {
      ring.push(vertexPoint(grid, vertex));
      vertex = edges.get(vertex)!;
    } while (vertex !== start && ring.length <= edges.size);
    return ring.length === edges.size ? ring : null;
  });
}
