import type { Plot, PlotGeometry } from '../../domain/types';
import { polygonsOf } from '../../domain/validate-geometry-shape';

/**
 * The plots as the map draws them (index, stage, outline), packed into typed arrays that the
 * map's own worker builds its features from (`readMapPlots` in src/map/plots-protocol.mjs).
 * As GeoJSON text the same plots cost this worker half a second of JSON.stringify at 100,000
 * plots and the map's worker as long again to read and parse 26 MB; packed they are 12 MB,
 * copied into Blobs as they come and built back without parsing a number.
 *
 * The Blob: a preamble (MAGIC, the stage list's byte length, the stage list as JSON, padded
 * to 8 bytes), then runs of plots. A run: Int32 [MAGIC, plots, layout length, numbers], its
 * layout (padded to 8 bytes), its numbers. Per plot the layout holds its index, its stage's
 * position in the list, 0 for a Polygon or 1 for a MultiPolygon, its polygons; per polygon
 * its rings; per ring its corners. The numbers are each corner's longitude and latitude (the
 * map draws no heights).
 */
export const MAP_PLOTS_MAGIC = 0x31504d42; // "BMP1"

/** Bytes kept before they go into a Blob, out of this worker's heap. */
const BYTES_PER_BLOB = 8 * 1024 * 1024;

/** How many corners a plot's outline has, every ring of every polygon counted. */
export function cornerCount(geometry: PlotGeometry): number {
  let count = 0;
  for (const polygon of polygonsOf(geometry)) for (const ring of polygon) count += ring.length;
  return count;
}

function paddedTo8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

export class MapPlotsWriter {
  private readonly stages = new Map<string, number>();
  private readonly parts: Blob[] = [];
  private pending: ArrayBuffer[] = [];
  private pendingBytes = 0;
  /** Corners packed so far. */
  corners = 0;

  /** Packs a run of plots, in the order the map numbers them. */
  addRun(plots: readonly Plot[]): void {
    if (plots.length === 0) return;
    let layoutLength = 0;
    let numberCount = 0;
    for (const plot of plots) {
      layoutLength += 4;
      for (const polygon of polygonsOf(plot.geometry)) {
        layoutLength += 1 + polygon.length;
        for (const ring of polygon) numberCount += ring.length * 2;
      }
    }
    const layoutBytes = paddedTo8(layoutLength * 4);
    const buffer = new ArrayBuffer(16 + layoutBytes + numberCount * 8);
    new Int32Array(buffer, 0, 4).set([MAP_PLOTS_MAGIC, plots.length, layoutLength, numberCount]);
    const layout = new Int32Array(buffer, 16, layoutLength);
    const numbers = new Float64Array(buffer, 16 + layoutBytes, numberCount);
    let l = 0;
    let n = 0;
    for (const plot of plots) {
      const polygons = polygonsOf(plot.geometry);
      layout[l++] = plot.index;
      layout[l++] = this.stageNumber(plot.stage);
      layout[l++] = plot.geometry.type === 'Polygon' ? 0 : 1;
      layout[l++] = polygons.length;
      for (const polygon of polygons) {
        layout[l++] = polygon.length;
        for (const ring of polygon) {
          layout[l++] = ring.length;
          for (const position of ring) {
            numbers[n++] = position[0];
            numbers[n++] = position[1];
          }
        }
      }
    }
    this.corners += numberCount / 2;
    this.pending.push(buffer);
    this.pendingBytes += buffer.byteLength;
    if (this.pendingBytes >= BYTES_PER_BLOB) this.flush();
  }

  /** Everything packed, behind the preamble. */
  finish(): Blob {
    this.flush();
    const stageText = new TextEncoder().encode(JSON.stringify([...this.stages.keys()]));
    const preamble = new ArrayBuffer(8 + paddedTo8(stageText.length));
    new Int32Array(preamble, 0, 2).set([MAP_PLOTS_MAGIC, stageText.length]);
    new Uint8Array(preamble, 8).set(stageText);
    return new Blob([preamble, ...this.parts], { type: 'application/octet-stream' });
  }

  private stageNumber(stage: string): number {
    let number = this.stages.get(stage);
    if (number === undefined) {
      number = this.stages.size;
      this.stages.set(stage, number);
    }
    return number;
  }

  /** The browser keeps a Blob outside this worker's heap. */
  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
