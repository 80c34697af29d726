import type { Position } from 'geojson';
import { deepFreeze } from './deep-freeze';

/**
 * Plots whose area a plain sum of rings gets wrong, one per shape, generated from squares near
 * 120.5° E, 30.6° N so that each can be read at a glance. `keptRings` are the rings (outer
 * positive, holes negative) whose GeographicLib area the loaded plot must have; null when the
 * plot must be rejected.
 */
export interface GeometryHazard {
  name: string;
  feature: unknown;
  code: string;
  severity: 'error' | 'warning';
  keptRings: { ring: Position[]; sign: 1 | -1 }[] | null;
  /** Against GeographicLib; 1e-6 unless the plot is so small that rounding dominates. */
  relativeTolerance?: number;
}

const WEST = 120.5;
const SOUTH = 30.6;
/** 0.001° ≈ 96 m east–west, 111 m north–south here. */
const STEP = 0.001;

/** A counter-clockwise square `size` steps wide, its south-west corner `east`, `north` steps from the origin. */
export function square(east: number, north: number, size: number): Position[] {
  const w = WEST + east * STEP;
  const s = SOUTH + north * STEP;
  const e = w + size * STEP;
  const n = s + size * STEP;
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}

/** The same ring clockwise, as a hole is written. */
function clockwise(ring: Position[]): Position[] {
  return [...ring].reverse();
}

function rectangle(east: number, north: number, width: number, height: number): Position[] {
  const w = WEST + east * STEP;
  const s = SOUTH + north * STEP;
  const e = w + width * STEP;
  const n = s + height * STEP;
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}

function feature(id: string, geometry: unknown): unknown {
  return { type: 'Feature', properties: { id, stage: 'signed' }, geometry };
}

function polygon(...rings: Position[][]): unknown {
  return { type: 'Polygon', coordinates: rings };
}

function multiPolygon(...parts: Position[][][]): unknown {
  return { type: 'MultiPolygon', coordinates: parts };
}

export const GEOMETRY_HAZARDS: readonly GeometryHazard[] = deepFreeze([
  {
    name: 'the same part twice',
    feature: feature('H-01', multiPolygon([square(0, 0, 2)], [square(0, 0, 2)])),
    code: 'parts-overlap',
    severity: 'warning',
    keptRings: [{ ring: square(0, 0, 2), sign: 1 }],
  },
  {
    name: 'two parts overlapping by half',
    feature: feature('H-02', multiPolygon([square(0, 0, 2)], [square(1, 0, 2)])),
    code: 'parts-overlap',
    severity: 'warning',
    keptRings: [{ ring: rectangle(0, 0, 3, 2), sign: 1 }],
  },
  {
    name: 'a part lying wholly inside another',
    feature: feature('H-03', multiPolygon([square(0, 0, 4)], [square(1, 1, 1)])),
    code: 'parts-overlap',
    severity: 'warning',
    keptRings: [{ ring: square(0, 0, 4), sign: 1 }],
  },
  {
    name: 'a hole outside its shell (an outlying piece written as a hole)',
    feature: feature('H-04', polygon(square(0, 0, 2), clockwise(square(3, 0, 1)))),
    code: 'hole-outside-shell',
    severity: 'error',
    keptRings: null,
  },
  {
    name: 'a hole crossing its shell',
    feature: feature('H-05', polygon(square(0, 0, 2), clockwise(square(1, 1, 2)))),
    code: 'hole-crosses-shell',
    severity: 'error',
    keptRings: null,
  },
  {
    name: 'two holes overlapping',
    feature: feature('H-06', polygon(square(0, 0, 6), clockwise(square(1, 1, 2)), clockwise(square(2, 2, 2)))),
    code: 'holes-overlap',
    severity: 'error',
    keptRings: null,
  },
  {
    name: 'a hole inside another hole',
    feature: feature('H-07', polygon(square(0, 0, 6), clockwise(square(1, 1, 4)), clockwise(square(2, 2, 1)))),
    code: 'holes-overlap',
    severity: 'error',
    keptRings: null,
  },
  {
    name: 'a MultiPolygon part whose hole contains its shell',
    feature: feature('H-08', multiPolygon([square(10, 0, 2)], [square(1, 1, 1), clockwise(square(0, 0, 4))])),
    code: 'shell-inside-hole',
    severity: 'error',
    keptRings: null,
  },
  {
    name: 'a figure 8 crossing itself at a shared corner',
    feature: feature(
      'H-09',
      polygon([
        [WEST, SOUTH], [WEST + 2 * STEP, SOUTH], [WEST + 2 * STEP, SOUTH + 2 * STEP], [WEST + 2 * STEP, SOUTH + 3 * STEP],
        [WEST + 3 * STEP, SOUTH + 3 * STEP], [WEST + 3 * STEP, SOUTH + 2 * STEP], [WEST + 2 * STEP, SOUTH + 2 * STEP],
        [WEST, SOUTH + 2 * STEP], [WEST, SOUTH],
      ]),
    ),
    code: 'ring-self-touch',
    severity: 'error',
    keptRings: null,
  },
  {
    name: 'a plot crossing the 180° meridian',
    feature: feature('H-10', polygon([[179.9995, -16.5], [-179.9995, -16.5], [-179.9995, -16.499], [179.9995, -16.499], [179.9995, -16.5]])),
    code: 'geometry-crosses-antimeridian',
    severity: 'error',
    keptRings: null,
  },
  {
    name: 'a plot of 1e-16 m²',
    feature: feature('H-11', polygon([[WEST, SOUTH], [WEST + 1e-12, SOUTH], [WEST + 1e-12, SOUTH + 1e-12], [WEST, SOUTH + 1e-12], [WEST, SOUTH]])),
    code: 'area-tiny',
    severity: 'warning',
    keptRings: [{ ring: [[WEST, SOUTH], [WEST + 1e-12, SOUTH], [WEST + 1e-12, SOUTH + 1e-12], [WEST, SOUTH + 1e-12], [WEST, SOUTH]], sign: 1 }],
    // 1e-12° apart, the corners' last bits decide the area: it is right to within 1 %.
    relativeTolerance: 0.01,
  },
  {
    name: 'a hole touching its shell at one corner (allowed)',
    feature: feature('H-12', polygon(square(0, 0, 4), clockwise([[WEST, SOUTH], [WEST + 2 * STEP, SOUTH + STEP], [WEST + STEP, SOUTH + 2 * STEP], [WEST, SOUTH]]))),
    code: '',
    severity: 'warning',
    keptRings: [
      { ring: square(0, 0, 4), sign: 1 },
      { ring: [[WEST, SOUTH], [WEST + 2 * STEP, SOUTH + STEP], [WEST + STEP, SOUTH + 2 * STEP], [WEST, SOUTH]], sign: -1 },
    ],
  },
  {
    name: 'an island part inside another part’s hole (allowed)',
    feature: feature('H-13', multiPolygon([square(0, 0, 6), clockwise(square(1, 1, 4))], [square(2, 2, 2)])),
    code: '',
    severity: 'warning',
    keptRings: [
      { ring: square(0, 0, 6), sign: 1 },
      { ring: square(1, 1, 4), sign: -1 },
      { ring: square(2, 2, 2), sign: 1 },
    ],
  },
]);
