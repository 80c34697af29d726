import { villageAt, type Boundaries } from './boundaries';
import { cellCenter } from './grid';
import { centroidOf, distanceToRing, type Point } from './geometry';
import type { PlotSpec } from './plan';
import type { Random } from './random';
import { makeLot } from './shapes';

export interface PlacedPlot {
  spec: PlotSpec;
  village: number;
  /** Open counter-clockwise outline in local metres. */
  ring: Point[];
}

type Box = [number, number, number, number];

/** Bounding boxes of placed plots by cluster, to keep neighbouring estates from overlapping. */
export class Occupancy {
  private readonly buckets = new Map<number, { box: Box; cluster: number }[]>();
  private static readonly SIZE = 500;

  private *keys(box: Box): Generator<number> {
    const size = Occupancy.SIZE;
    for (let j = Math.floor(box[1] / size); j <= Math.floor(box[3] / size); j++) {
      for (let i = Math.floor(box[0] / size); i <= Math.floor(box[2] / size); i++) yield j * 100000 + i;
    }
  }

  overlaps(box: Box, cluster: number): boolean {
    for (const key of this.keys(box)) {
      for (const entry of this.buckets.get(key) ?? []) {
        if (entry.cluster === cluster) continue;
        const other = entry.box;
        if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) return true;
      }
    }
    return false;
  }

  add(box: Box, cluster: number): void {
    for (const key of this.keys(box)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push({ box, cluster });
      else this.buckets.set(key, [{ box, cluster }]);
    }
  }
}

interface Cluster {
  id: number;
  center: Point;
  cos: number;
  sin: number;
  roadLength: number;
  roadWidth: number;
  /** Where a cross road cuts the rows, or null. */
  crossAt: number | null;
}

function boxOf(ring: readonly Point[], margin: number): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    box[0] = Math.min(box[0], x - margin);
    box[1] = Math.min(box[1], y - margin);
    box[2] = Math.max(box[2], x + margin);
    box[3] = Math.max(box[3], y + margin);
  }
  return box;
}

/** A spot well inside the township and away from its other estates. */
function clusterCenter(boundaries: Boundaries, township: number, others: Point[], random: Random): Point {
  const region = boundaries.townships[township];
  for (let attempt = 0; ; attempt++) {
    const relax = Math.pow(0.9, Math.floor(attempt / 40));
    const point = cellCenter(boundaries.grid, random.pick(region.cells));
    if (distanceToRing(point, region.ring) < 1200 * relax) continue;
    if (others.some((other) => Math.hypot(other[0] - point[0], other[1] - point[1]) < 2000 * relax)) continue;
    return point;
  }
}

/**
 * Lays plots out along the parallel roads of industrial estates (工业集聚点), a few estates per
 * township: rows of lots on both sides of each road, with gaps and the odd vacant stretch.
 */
export class TownshipLayout {
  private readonly placed: PlacedPlot[] = [];
  private readonly centers: Point[] = [];

  constructor(
    private readonly boundaries: Boundaries,
    private readonly township: number,
    private readonly random: Random,
    private readonly occupancy: Occupancy,
    private readonly nextClusterId: () => number,
  ) {}

  place(specs: readonly PlotSpec[]): PlacedPlot[] {
    const queue = specs.slice();
    const perCluster = specs.length / Math.max(2, Math.round(specs.length / 50));
    for (let clusters = 0; queue.length > 0; clusters++) {
      if (clusters > 500) throw new Error(`No room for the plots of township ${this.township}.`);
      const center = clusterCenter(this.boundaries, this.township, this.centers, this.random);
      this.centers.push(center);
      const angle = this.random.between(0, Math.PI);
      const roadLength = this.random.between(500, 1400);
      const cluster: Cluster = {
        id: this.nextClusterId(),
        center,
        cos: Math.cos(angle),
        sin: Math.sin(angle),
        roadLength,
        roadWidth: this.random.between(12, 24),
        crossAt: roadLength > 700 ? this.random.between(-0.25, 0.25) * roadLength : null,
      };
      this.fillCluster(cluster, queue, Math.round(perCluster * this.random.between(0.6, 1.4)));
    }
    return this.placed;
  }

  private fillCluster(cluster: Cluster, queue: PlotSpec[], quota: number): void {
    const bases = [cluster.roadWidth / 2, cluster.roadWidth / 2];
    const stripCounts = [0, 0];
    let remaining = Math.max(1, quota);
    let emptyStrips = 0;
    for (let strip = 0; strip < 16 && remaining > 0 && queue.length > 0 && emptyStrips < 4; strip++) {
      const side = strip % 2;
      const direction = side === 0 ? 1 : -1;
      const before = remaining;
      const depth = this.fillStrip(cluster, queue, bases[side], direction, (placed) => (remaining -= placed));
      emptyStrips = remaining === before ? emptyStrips + 1 : 0;
      const gap = stripCounts[side] % 2 === 0 ? this.random.between(4, 12) : cluster.roadWidth;
      bases[side] += depth + gap;
      stripCounts[side]++;
    }
  }

  /** One row of lots from `base` outwards; returns the row's depth. */
  private fillStrip(
    cluster: Cluster,
    queue: PlotSpec[],
    base: number,
    direction: number,
    onPlaced: (count: number) => void,
  ): number {
    const random = this.random;
    const half = cluster.roadLength / 2;
    const maximumDepth = random.between(50, 160);
    let cursor = -half + random.between(0, 25);
    let depth = 0;
    while (queue.length > 0) {
      const lot = makeLot(random, queue[0].areaMu, maximumDepth);
      const stripStart = depth === 0 && cursor < 30 - half;
      if (cursor + lot.width > half && !stripStart) break;
      const cross = cluster.crossAt;
      if (cross !== null && cursor < cross + cluster.roadWidth / 2 && cursor + lot.width > cross - cluster.roadWidth / 2) {
        cursor = cross + cluster.roadWidth / 2 + random.between(2, 8);
        continue;
      }
      const local = lot.ring.map(([u, v]): Point => [cursor + u, direction * (base + v)]);
      if (direction < 0) local.reverse();
      const ring = local.map(([x, y]): Point => [
        cluster.center[0] + x * cluster.cos - y * cluster.sin,
        cluster.center[1] + x * cluster.sin + y * cluster.cos,
      ]);
      const village = this.fits(ring, cluster.id);
      if (village >= 0) {
        const spec = queue.shift()!;
        this.placed.push({ spec, village, ring });
        this.occupancy.add(boxOf(ring, 0), cluster.id);
        depth = Math.max(depth, lot.depth);
        onPlaced(1);
      }
      cursor += lot.width + (random.chance(0.07) ? random.between(30, 150) : random.between(4, 15));
    }
    return depth > 0 ? depth : maximumDepth;
  }

  /** The village wholly containing the outline, or -1 if it straddles a boundary or another estate. */
  private fits(ring: Point[], cluster: number): number {
    const center = centroidOf(ring);
    const village = villageAt(this.boundaries, center);
    if (village < 0 || this.boundaries.villages[village].township !== this.township) return -1;
    let radius = 0;
    for (const [x, y] of ring) radius = Math.max(radius, Math.hypot(x - center[0], y - center[1]));
    if (distanceToRing(center, this.boundaries.villages[village].ring) < radius * 1.02 + 3) return -1;
    return this.occupancy.overlaps(boxOf(ring, 4), cluster) ? -1 : village;
  }
}
