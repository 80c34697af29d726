import type { Point } from './geometry';
import type { Random } from './random';

/**
 * A grid of square cells whose corners are jittered, so region outlines traced along cell
 * edges wander like field boundaries while neighbouring regions still share every vertex.
 */
export interface Grid {
  columns: number;
  rows: number;
  cellSize: number;
  vertexX: Float64Array;
  vertexY: Float64Array;
}

const JITTER = 0.3;

export function createGrid(columns: number, rows: number, cellSize: number, random: Random): Grid {
  const count = (columns + 1) * (rows + 1);
  const vertexX = new Float64Array(count);
  const vertexY = new Float64Array(count);
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= columns; i++) {
      const index = j * (columns + 1) + i;
      vertexX[index] = (i + random.between(-JITTER, JITTER)) * cellSize;
      vertexY[index] = (j + random.between(-JITTER, JITTER)) * cellSize;
    }
  }
  return { columns, rows, cellSize, vertexX, vertexY };
}

export function vertexIndex(grid: Grid, i: number, j: number): number {
  return j * (grid.columns + 1) + i;
}

export function vertexPoint(grid: Grid, vertex: number): Point {
  return [grid.vertexX[vertex], grid.vertexY[vertex]];
}

export function cellCenter(grid: Grid, cell: number): Point {
  const i = cell % grid.columns;
  const j = Math.floor(cell / grid.columns);
  let x = 0;
  let y = 0;
  for (const [di, dj] of [[0, 0], [1, 0], [1, 1], [0, 1]]) {
    const vertex = vertexIndex(grid, i + di, j + dj);
    x += grid.vertexX[vertex];
    y += grid.vertexY[vertex];
  }
  return [x / 4, y / 4];
}

/** The four edge neighbours of a cell, -1 past the grid's edge. */
export function neighbours(grid: Grid, cell: number): [number, number, number, number] {
  const i = cell % grid.columns;
  const j = Math.floor(cell / grid.columns);
  return [
    j > 0 ? cell - grid.columns : -1,
    i < grid.columns - 1 ? cell + 1 : -1,
    j < grid.rows - 1 ? cell + grid.columns : -1,
    i > 0 ? cell - 1 : -1,
  ];
}

/** Smooth value noise in [0, 1]: random values on a coarse lattice, bilinearly blended. */
export function createNoise(random: Random, width: number, height: number, wavelength: number) {
  const columns = Math.ceil(width / wavelength) + 2;
  const rows = Math.ceil(height / wavelength) + 2;
  const values = Float64Array.from({ length: columns * rows }, () => random.next());
  return (x: number, y: number): number => {
    const u = Math.max(0, Math.min(columns - 1.001, x / wavelength));
    const v = Math.max(0, Math.min(rows - 1.001, y / wavelength));
    const i = Math.floor(u);
    const j = Math.floor(v);
    const fu = (u - i) * (u - i) * (3 - 2 * (u - i));
    const fv = (v - j) * (v - j) * (3 - 2 * (v - j));
    const at = (di: number, dj: number) => values[(j + dj) * columns + i + di];
    const bottom = at(0, 0) + (at(1, 0) - at(0, 0)) * fu;
    const top = at(0, 1) + (at(1, 1) - at(0, 1)) * fu;
    return bottom + (top - bottom) * fv;
  };
}

/**
 * Grows regions from seed cells by cheapest path over cell costs (Dijkstra), so every region
 * is connected. Cells outside `domain` keep their label.
 */
export function growRegions(
  grid: Grid,
  labels: Int32Array,
  domain: (cell: number) => boolean,
  seeds: readonly number[],
  firstLabel: number,
  cost: Float64Array,
): void {
  const distance = new Float64Array(labels.length).fill(Infinity);
  const heap: [number, number, number][] = [];
  const push = (entry: [number, number, number]) => {
    heap.push(entry);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (heap[parent][0] <= entry[0]) break;
      heap[index] = heap[parent];
      index = parent;
    }
    heap[index] = entry;
  };
  const pop = (): [number, number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      let index = 0;
      for (;;) {
        let child = 2 * index + 1;
        if (child >= heap.length) break;
        if (child + 1 < heap.length && heap[child + 1][0] < heap[child][0]) child++;
        if (heap[child][0] >= last[0]) break;
        heap[index] = heap[child];
        index = child;
      }
      heap[index] = last;
    }
    return top;
  };
  seeds.forEach((cell, index) => push([0, cell, firstLabel + index]));
  while (heap.length > 0) {
    const [d, cell, label] = pop();
    if (d >= distance[cell]) continue;
    distance[cell] = d;
    labels[cell] = label;
    for (const next of neighbours(grid, cell)) {
      if (next >= 0 && domain(next) && distance[next] === Infinity) push([d + cost[next], next, label]);
    }
  }
}

/**
 * Rounds off the staircase of region outlines: each vertex where exactly two regions meet
 * moves towards the middle of its two neighbours along the boundary; junctions stay put.
 */
export function smoothBoundaries(grid: Grid, labels: Int32Array, rounds: number): void {
  const { columns, rows } = grid;
  for (let round = 0; round < rounds; round++) {
    const x = grid.vertexX.slice();
    const y = grid.vertexY.slice();
    for (let j = 1; j < rows; j++) {
      for (let i = 1; i < columns; i++) {
        const below = labels[(j - 1) * columns + i - 1];
        const belowRight = labels[(j - 1) * columns + i];
        const above = labels[j * columns + i - 1];
        const aboveRight = labels[j * columns + i];
        const ends: number[] = [];
        if (below !== belowRight) ends.push(vertexIndex(grid, i, j - 1));
        if (above !== aboveRight) ends.push(vertexIndex(grid, i, j + 1));
        if (below !== above) ends.push(vertexIndex(grid, i - 1, j));
        if (belowRight !== aboveRight) ends.push(vertexIndex(grid, i + 1, j));
        if (ends.length !== 2) continue;
        const vertex = vertexIndex(grid, i, j);
        grid.vertexX[vertex] = 0.5 * x[vertex] + 0.25 * (x[ends[0]] + x[ends[1]]);
        grid.vertexY[vertex] = 0.5 * y[vertex] + 0.25 * (y[ends[0]] + y[ends[1]]);
      }
    }
  }
}
