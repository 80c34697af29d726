import type { Position } from 'geojson';
import { error, warning, type Issue } from './findings';
import type { PlotGeometry } from './types';
import { describeLocation, partOf, polygonsOf } from './validate-geometry-shape';

/** Twice the signed area in degrees² (shoelace), positive when counter-clockwise. */
export function planarSignedArea(ring: readonly Position[]): number {
  const originLon = ring[0][0];
  const originLat = ring[0][1];
  let sum = 0;
  for (let i = 1; i < ring.length - 1; i++) {
    sum += (ring[i][0] - originLon) * (ring[i + 1][1] - originLat) - (ring[i + 1][0] - originLon) * (ring[i][1] - originLat);
  }
  return sum;
}

function isClosed(ring: readonly Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1];
}

function isWoundRight(ring: readonly Position[], isOuter: boolean): boolean {
  const signedArea = planarSignedArea(ring);
  return isOuter ? signedArea >= 0 : signedArea <= 0;
}

/** A ring closed and wound as RFC 7946 asks: outer rings counter-clockwise, holes clockwise. */
function repairedRing(ring: Position[], isOuter: boolean): Position[] {
  const closed = ring.length > 0 && !isClosed(ring) ? [...ring, ring[0]] : ring;
  return isWoundRight(closed, isOuter) ? closed : [...closed].reverse();
}

export interface RingRepair {
  /** The geometry with rings closed and rewound; the input itself when nothing changed. */
  geometry: PlotGeometry;
  issues: Issue[];
}

/**
 * Closes open rings and rewinds rings to counter-clockwise outer, clockwise holes, each as a
 * warning; a ring of fewer than three corners is an error. Never changes its input.
 */
export function repairRings(geometry: PlotGeometry): RingRepair {
  const polygons = polygonsOf(geometry);
  let unclosed: { zh: string; en: string } | null = null;
  let rewound = 0;
  for (let polygonIndex = 0; polygonIndex < polygons.length; polygonIndex++) {
    for (let ringIndex = 0; ringIndex < polygons[polygonIndex].length; ringIndex++) {
      const ring = polygons[polygonIndex][ringIndex];
      const closed = ring.length > 0 && isClosed(ring);
      const corners = closed ? ring.length - 1 : ring.length;
      if (corners < 3) {
        const where = describeLocation({ part: partOf(geometry, polygonIndex), ring: ringIndex });
        const problem = `${where.zh}只有 ${corners} 个顶点，至少需要 3 个`;
        return { geometry, issues: [error('ring-too-short', problem, `${where.en} has ${corners} corners; at least 3 are needed`)] };
      }
      if (!closed) unclosed ??= describeLocation({ part: partOf(geometry, polygonIndex), ring: ringIndex });
      if (!isWoundRight(closed ? ring : [...ring, ring[0]], ringIndex === 0)) rewound++;
    }
  }
  if (unclosed === null && rewound === 0) return { geometry, issues: [] };
  const issues: Issue[] = [];
  if (unclosed !== null) {
    issues.push(
      warning(
        'ring-not-closed',
        `${unclosed.zh}首尾坐标不相同，已自动闭合`,
        `${unclosed.en} does not end where it starts; it was closed automatically`,
      ),
    );
  }
  if (rewound > 0) {
    issues.push(
      warning(
        'ring-winding-fixed',
        `${rewound} 个环的方向不符合规范（外环应为逆时针、内环应为顺时针），已自动调整`,
        `${rewound} ring(s) wound the wrong way (outer rings counter-clockwise, holes clockwise); they were reversed`,
      ),
    );
  }
  const repaired = polygons.map((rings) => rings.map((ring, ringIndex) => repairedRing(ring, ringIndex === 0)));
  const fixed: PlotGeometry =
    geometry.type === 'Polygon' ? { ...geometry, coordinates: repaired[0] } : { ...geometry, coordinates: repaired };
  return { geometry: fixed, issues };
}
