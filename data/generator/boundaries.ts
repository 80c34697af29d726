import type { Position } from 'geojson';
import { createFrame, isSimpleRing, pointInRing, toLonLat, type Frame, type Point } from './geometry';
import { cellCenter, createGrid, createNoise, growRegions, smoothBoundaries, type Grid } from './grid';
import { COUNTY_CODE, townshipNames, villageName, type TownshipName } from './names';
import type { Random } from './random';
import { tidyCounty, tidyRegions, traceRegions } from './regions';

export interface TownshipRegion {
  index: number;
  name: TownshipName;
  code: string;
  ring: Point[];
  cells: number[];
  villages: number[];
}

export interface VillageRegion {
  index: number;
  name: string;
  code: string;
  township: number;
  ring: Point[];
}

export interface Boundaries {
  grid: Grid;
  frame: Frame;
  /** Local point that maps to the frame's origin (the county's middle). */
  center: Point;
  townshipOfCell: Int32Array;
  villageOfCell: Int32Array;
  townships: TownshipRegion[];
  villages: VillageRegion[];
}

export const COUNTY_LONGITUDE = 120.5;
export const COUNTY_LATITUDE = 30.6;

export function project(boundaries: Boundaries, point: Point): Position {
  return toLonLat(boundaries.frame, [point[0] - boundaries.center[0], point[1] - boundaries.center[1]]);
}

/** Seed cells spread out over `cells`, none closer than a spacing that relaxes if needed. */
function spreadSeeds(grid: Grid, cells: readonly number[], count: number, random: Random): number[] {
  let spacing = 0.6 * Math.sqrt((cells.length * grid.cellSize * grid.cellSize) / count);
  const seeds: number[] = [];
  for (let attempt = 0; seeds.length < count; attempt++) {
    if (attempt > 0 && attempt % 500 === 0) spacing *= 0.85;
    const cell = random.pick(cells);
    const [x, y] = cellCenter(grid, cell);
    const far = seeds.every((seed) => {
      const [sx, sy] = cellCenter(grid, seed);
      return Math.hypot(x - sx, y - sy) >= spacing;
    });
    if (far) seeds.push(cell);
  }
  return seeds;
}

/**
 * Grows regions from seeds, then moves each seed to its region's middle and grows again, a few
 * times, so regions come out of similar size.
 */
function relaxedRegions(
  grid: Grid,
  labels: Int32Array,
  domain: (cell: number) => boolean,
  seeds: number[],
  firstLabel: number,
  cost: Float64Array,
  rounds: number,
): number[] {
  const initial = labels.slice();
  for (let round = 0; ; round++) {
    growRegions(grid, labels, domain, seeds, firstLabel, cost);
    if (round === rounds) return seeds;
    const sums = seeds.map(() => [0, 0, 0]);
    labels.forEach((label, cell) => {
      if (label < firstLabel || label >= firstLabel + seeds.length || !domain(cell)) return;
      const [x, y] = cellCenter(grid, cell);
      const sum = sums[label - firstLabel];
      sum[0] += x;
      sum[1] += y;
      sum[2] += 1;
    });
    const nearest = seeds.map(() => [Infinity, -1]);
    labels.forEach((label, cell) => {
      const index = label - firstLabel;
      if (index < 0 || index >= seeds.length || !domain(cell)) return;
      const [x, y] = cellCenter(grid, cell);
      const [sx, sy, count] = sums[index];
      const distance = Math.hypot(x - sx / count, y - sy / count);
      if (distance < nearest[index][0]) nearest[index] = [distance, cell];
    });
    seeds = nearest.map(([, cell], index) => (cell >= 0 ? cell : seeds[index]));
    labels.set(initial);
  }
}

function costField(grid: Grid, random: Random, wavelength: number): Float64Array {
  const noise = createNoise(random, grid.columns * grid.cellSize, grid.rows * grid.cellSize, wavelength);
  return Float64Array.from({ length: grid.columns * grid.rows }, (_, cell) => {
    const [x, y] = cellCenter(grid, cell);
    return grid.cellSize * (0.3 + 1.4 * noise(x, y));
  });
}

function countyMask(grid: Grid, width: number, height: number, random: Random): Int32Array {
  const centerX = (grid.columns * grid.cellSize) / 2;
  const centerY = (grid.rows * grid.cellSize) / 2;
  const phases = [random.between(0, 6.3), random.between(0, 6.3), random.between(0, 6.3)];
  const labels = new Int32Array(grid.columns * grid.rows);
  for (let cell = 0; cell < labels.length; cell++) {
    const [x, y] = cellCenter(grid, cell);
    const dx = (x - centerX) / (width / 2);
    const dy = (y - centerY) / (height / 2);
    const angle = Math.atan2(dy, dx);
    const radius = 1 - 0.1 + 0.08 * Math.sin(2 * angle + phases[0]) + 0.05 * Math.sin(3 * angle + phases[1]) +
      0.03 * Math.sin(5 * angle + phases[2]);
    labels[cell] = Math.hypot(dx, dy) < radius ? 0 : -1;
  }
  tidyCounty(grid, labels);
  return labels;
}

function tryBoundaries(random: Random, townshipCount: number, scale: number): Boundaries | null {
  const width = 40000 * scale;
  const height = 35000 * scale;
  const cellSize = 250 * Math.sqrt(scale);
  const grid = createGrid(Math.ceil(width / cellSize) + 6, Math.ceil(height / cellSize) + 6, cellSize, random);
  const townshipOfCell = countyMask(grid, width, height, random);
  const countyCells: number[] = [];
  townshipOfCell.forEach((label, cell) => label === 0 && countyCells.push(cell));

  const townshipSeeds = relaxedRegions(grid, townshipOfCell, (cell) => townshipOfCell[cell] >= 0,
    spreadSeeds(grid, countyCells, townshipCount, random), 0, costField(grid, random, 5000 * Math.sqrt(scale)), 3);
  if (!tidyRegions(grid, townshipOfCell, new Map(townshipSeeds.map((cell, index) => [index, cell])), () => true)) {
    return null;
  }

  const names = townshipNames(townshipCount);
  const cellsOf: number[][] = names.map(() => []);
  townshipOfCell.forEach((label, cell) => label >= 0 && cellsOf[label].push(cell));
  const villageOfCell = new Int32Array(townshipOfCell.length).fill(-1);
  const villageSeeds = new Map<number, number>();
  const villageTownship: number[] = [];
  const villageCost = costField(grid, random, 2000 * Math.sqrt(scale));
  names.forEach((_, township) => {
    const count = Math.min(random.integer(4, 8), Math.floor(cellsOf[township].length / 60));
    if (count < 1) return;
    const seeds = relaxedRegions(grid, villageOfCell, (cell) => townshipOfCell[cell] === township,
      spreadSeeds(grid, cellsOf[township], count, random), villageTownship.length, villageCost, 2);
    for (const seed of seeds) {
      villageSeeds.set(villageTownship.length, seed);
      villageTownship.push(township);
    }
  });
  const sameTownship = (cell: number, label: number) => villageTownship[label] === townshipOfCell[cell];
  if (!tidyRegions(grid, villageOfCell, villageSeeds, sameTownship)) return null;

  const unsmoothedX = grid.vertexX.slice();
  const unsmoothedY = grid.vertexY.slice();
  let townshipRings: (Point[] | null)[] = [];
  let villageRings: (Point[] | null)[] = [];
  for (let rounds = 2; rounds >= 0; rounds--) {
    grid.vertexX.set(unsmoothedX);
    grid.vertexY.set(unsmoothedY);
    smoothBoundaries(grid, villageOfCell, rounds);
    townshipRings = traceRegions(grid, townshipOfCell, townshipCount);
    villageRings = traceRegions(grid, villageOfCell, villageTownship.length);
    if ([...townshipRings, ...villageRings].every((ring) => ring !== null && isSimpleRing(ring))) break;
    if (rounds === 0) return null;
  }

  const townships: TownshipRegion[] = names.map((name, index) => ({
    index,
    name,
    code: COUNTY_CODE + (name.subdistrict ? String(index + 1).padStart(3, '0') : String(101 + index)),
    ring: townshipRings[index]!,
    cells: cellsOf[index],
    villages: [],
  }));
  const usedVillageNames = new Set<string>();
  const villages: VillageRegion[] = villageTownship.map((township, index) => {
    const region = townships[township];
    region.villages.push(index);
    return {
      index,
      name: villageName(random, usedVillageNames, region.name, region.villages.length === 1),
      code: region.code + String(200 + region.villages.length).padStart(3, '0'),
      township,
      ring: villageRings[index]!,
    };
  });
  const center: Point = [(grid.columns * cellSize) / 2, (grid.rows * cellSize) / 2];
  const frame = createFrame(COUNTY_LONGITUDE, COUNTY_LATITUDE);
  return { grid, frame, center, townshipOfCell, villageOfCell, townships, villages };
}

/** A fictional county of `townshipCount` townships and their villages, tiling it exactly. */
export function createBoundaries(random: Random, townshipCount: number, scale: number): Boundaries {
  for (let attempt = 0; attempt < 50; attempt++) {
    const boundaries = tryBoundaries(random.fork(`boundaries ${attempt}`), townshipCount, scale);
    if (boundaries) return boundaries;
  }
  throw new Error('Could not partition the county into simple township and village outlines.');
}

/** The village whose outline contains the point, or -1. */
export function villageAt(boundaries: Boundaries, point: Point): number {
  const { grid } = boundaries;
  const i = Math.floor(point[0] / grid.cellSize);
  const j = Math.floor(point[1] / grid.cellSize);
  const candidates = new Set<number>();
  for (let dj = -1; dj <= 1; dj++) {
    for (let di = -1; di <= 1; di++) {
      const ci = i + di;
      const cj = j + dj;
      if (ci < 0 || cj < 0 || ci >= grid.columns || cj >= grid.rows) continue;
      const village = boundaries.villageOfCell[cj * grid.columns + ci];
      if (village >= 0) candidates.add(village);
    }
  }
  for (const village of candidates) if (pointInRing(point, boundaries.villages[village].ring)) return village;
  return -1;
}
