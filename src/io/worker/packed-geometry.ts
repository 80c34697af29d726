import type { Position } from 'geojson';
import type { Plot, PlotGeometry } from '../../domain/types';

/**
 * The outlines of a run of plots in typed arrays, which move from the worker to the page
 * without being copied and cost the page's garbage collector nothing: a 20-corner outline
 * as objects is some 25 arrays, here it is 40 numbers in a shared buffer; the page builds the
 * outlines back as each run arrives.
 */
export interface PackedGeometries {
  /** Every position's numbers, one position after another. */
  numbers: Float64Array;
  /**
   * Per outline: kind (0 Polygon, 1 MultiPolygon), number of polygons; per polygon its number
   * of rings; per ring its number of positions and the numbers in each position.
   */
  layout: Int32Array;
  /** Per outline: where it starts in `layout` and in `numbers`; -1 for an outline not packed. */
  starts: Int32Array;
}

const POLYGON = 0;
const MULTI_POLYGON = 1;

/**
 * Whether an outline can be packed and built back exactly: nothing but `type` and
 * `coordinates`, and every position of a ring with as many numbers as the ring's first.
 */
function isPackable(geometry: PlotGeometry): boolean {
  const keys = Object.keys(geometry);
  if (keys.length !== 2 || !('type' in geometry) || !('coordinates' in geometry)) return false;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.every((polygon) => polygon.every((ring) => ring.every((position) => position.length === ring[0].length)));
}

/** Packs the outlines it can; `starts` says -1 for the others, which travel as they are. */
export function packGeometries(geometries: readonly PlotGeometry[]): { packed: PackedGeometries; unpacked: boolean[] } {
  let numberCount = 0;
  let layoutCount = 0;
  const packable = geometries.map(isPackable);
  geometries.forEach((geometry, index) => {
    if (!packable[index]) return;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    layoutCount += 2;
    for (const polygon of polygons) {
      layoutCount += 1 + polygon.length * 2;
      for (const ring of polygon) numberCount += ring.length * (ring[0]?.length ?? 0);
    }
  });
  const numbers = new Float64Array(numberCount);
  const layout = new Int32Array(layoutCount);
  const starts = new Int32Array(geometries.length * 2).fill(-1);
  let n = 0;
  let l = 0;
  geometries.forEach((geometry, index) => {
    if (!packable[index]) return;
    starts[index * 2] = l;
    starts[index * 2 + 1] = n;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    layout[l++] = geometry.type === 'Polygon' ? POLYGON : MULTI_POLYGON;
    layout[l++] = polygons.length;
    for (const polygon of polygons) {
      layout[l++] = polygon.length;
      for (const ring of polygon) {
        const dimension = ring[0]?.length ?? 0;
        layout[l++] = ring.length;
        layout[l++] = dimension;
        for (const position of ring) for (let d = 0; d < dimension; d++) numbers[n++] = position[d];
      }
    }
  });
  return { packed: { numbers, layout, starts }, unpacked: packable.map((ok) => !ok) };
}

/** Whether the outline at `position` (in the run) was packed. */
export function isPacked(packed: PackedGeometries, position: number): boolean {
  return packed.starts[position * 2] >= 0;
}

/** Builds back the outline at `position` in the run, exactly as it was packed. */
export function unpackGeometry(packed: PackedGeometries, position: number): PlotGeometry {
  const { numbers, layout } = packed;
  let l = packed.starts[position * 2];
  let n = packed.starts[position * 2 + 1];
  const kind = layout[l++];
  const polygonCount = layout[l++];
  const polygons: Position[][][] = [];
  for (let p = 0; p < polygonCount; p++) {
    const ringCount = layout[l++];
    const rings: Position[][] = [];
    for (let r = 0; r < ringCount; r++) {
      const count = layout[l++];
      const dimension = layout[l++];
      const ring: Position[] = new Array<Position>(count);
      for (let i = 0; i < count; i++) {
        const point: number[] = new Array<number>(dimension);
        for (let d = 0; d < dimension; d++) point[d] = numbers[n++];
        ring[i] = point;
      }
      rings.push(ring);
    }
    polygons.push(rings);
  }
  return kind === POLYGON ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

/** The typed arrays' buffers, to transfer rather than copy. */
export function packedBuffers(packed: PackedGeometries): ArrayBuffer[] {
  return [packed.numbers.buffer as ArrayBuffer, packed.layout.buffer as ArrayBuffer, packed.starts.buffer as ArrayBuffer];
}

/**
 * The plots of a run with their outlines built back, in place. Built at once rather than on
 * first use: a property defined later with a getter turns a plot into a slow, dictionary-mode
 * object, and 100,000 of those took more of the page's heap than all the outlines.
 */
export function withGeometries(plots: ReadonlyArray<Omit<Plot, 'geometry'> & { geometry: PlotGeometry | null }>, packed: PackedGeometries): Plot[] {
  return plots.map((plot, position) => {
    if (plot.geometry === null) plot.geometry = unpackGeometry(packed, position);
    return plot as Plot;
  });
}
