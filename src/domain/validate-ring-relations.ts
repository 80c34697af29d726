import type { MultiPolygon, Polygon, Position } from 'geojson';
import { featureCollection, polygon as polygonFeature, union } from '@turf/turf';
import { error, warning, type Issue } from './findings';
import { ringInsideRing } from './point-in-ring';
import { findRingConflict } from './sweep/find-ring-conflict';
import { ringVertices } from './sweep/ring-vertices';
import type { PlotGeometry } from './types';
import { describeLocation, partOf, polygonsOf } from './validate-geometry-shape';

type Bounds = [number, number, number, number];

/** Up to this many parts, parts whose bounds do not meet are known apart without a sweep. */
const FEW_PARTS = 64;

function ringBounds(ring: readonly Position[]): Bounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of ring) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [west, south, east, north];
}

function boundsMeet(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function holeName(part: number | null, hole: number): { zh: string; en: string } {
  return describeLocation({ part, ring: hole });
}

/** Holes that cross their shell or each other, lie outside it, contain it, or lie in each other. */
function polygonRingIssue(rings: Position[][], part: number | null): Issue | null {
  if (rings.length < 2) return null;
  const shellName = describeLocation({ part, ring: 0 });
  const vertices = ringVertices(rings);
  const conflict = findRingConflict(vertices);
  if (conflict !== null) {
    const first = vertices.ring[conflict.kind === 'crossing' ? conflict.edge : conflict.vertex];
    const second = vertices.ring[conflict.other];
    const [low, high] = first < second ? [first, second] : [second, first];
    const hole = holeName(part, high);
    if (low === 0) {
      return error(
        'hole-crosses-shell',
        `${hole.zh}与${shellName.zh}相交或部分重合，洞的范围不确定，面积无法确定`,
        `${hole.en} crosses or runs along the ${shellName.en}, so what the hole cuts out and the area are ambiguous`,
      );
    }
    const other = holeName(part, low);
    return error(
      'holes-overlap',
      `${hole.zh}与${other.zh}相交或部分重合，重叠处会被扣除两次`,
      `${hole.en} overlaps ${other.en}, so their overlap would be taken off twice`,
    );
  }
  const bounds = rings.map(ringBounds);
  for (let hole = 1; hole < rings.length; hole++) {
    const name = holeName(part, hole);
    if (!boundsMeet(bounds[hole], bounds[0]) || ringInsideRing(rings[hole], rings[0]) !== 1) {
      if (ringInsideRing(rings[0], rings[hole]) === 1) {
        return error(
          'shell-inside-hole',
          `${name.zh}把${shellName.zh}整个围在里面（洞比地块本身还大），面积会成为负数或偏小`,
          `${name.en} encloses the ${shellName.en} (the hole is larger than the plot), so the area would come out negative or too small`,
        );
      }
      return error(
        'hole-outside-shell',
        `${name.zh}在${shellName.zh}之外（若是飞地，应作为 MultiPolygon 的单独部分），扣除它会使面积偏小`,
        `${name.en} lies outside the ${shellName.en} (an outlying piece belongs in a separate MultiPolygon part), so taking it off would make the area too small`,
      );
    }
  }
  for (let hole = 1; hole < rings.length; hole++) {
    for (let other = hole + 1; other < rings.length; other++) {
      if (!boundsMeet(bounds[hole], bounds[other])) continue;
      if (ringInsideRing(rings[hole], rings[other]) !== 1 && ringInsideRing(rings[other], rings[hole]) !== 1) continue;
      const name = holeName(part, other);
      const outer = holeName(part, hole);
      return error(
        'holes-overlap',
        `${name.zh}与${outer.zh}一个套在另一个里面，重叠处会被扣除两次`,
        `${name.en} and ${outer.en} lie one inside the other, so their overlap would be taken off twice`,
      );
    }
  }
  return null;
}

/** True when a point of part `inner`'s shell lies inside part `outer` (inside its shell and none of its holes). */
function partInsidePart(inner: Position[][], outer: Position[][]): boolean {
  if (ringInsideRing(inner[0], outer[0]) !== 1) return false;
  for (let hole = 1; hole < outer.length; hole++) if (ringInsideRing(inner[0], outer[hole]) === 1) return false;
  return true;
}

/** The first pair of MultiPolygon parts that overlap, as part positions, or null. */
function overlappingParts(polygons: Position[][][]): [number, number] | null {
  const bounds = polygons.map((rings) => ringBounds(rings[0]));
  if (polygons.length <= FEW_PARTS && !bounds.some((here, part) => bounds.some((there, other) => other > part && boundsMeet(here, there)))) return null;
  const vertices = ringVertices(polygons.flat());
  const partOfRing: number[] = polygons.flatMap((rings, part) => rings.map(() => part));
  const conflict = findRingConflict(vertices);
  if (conflict !== null) {
    const first = partOfRing[vertices.ring[conflict.kind === 'crossing' ? conflict.edge : conflict.vertex]];
    const second = partOfRing[vertices.ring[conflict.other]];
    return first < second ? [first, second] : [second, first];
  }
  for (let part = 0; part < polygons.length; part++) {
    for (let other = part + 1; other < polygons.length; other++) {
      if (!boundsMeet(bounds[part], bounds[other])) continue;
      if (partInsidePart(polygons[part], polygons[other]) || partInsidePart(polygons[other], polygons[part])) return [part, other];
    }
  }
  return null;
}

export interface RingRelations {
  /** The geometry to measure and draw: the parts merged where they overlapped. */
  geometry: PlotGeometry;
  issues: Issue[];
}

/**
 * How the rings of a geometry sit against each other, for rings that are each simple: every
 * hole must lie inside its shell, apart from the other holes; MultiPolygon parts must not
 * overlap. A hole that does not is an error (the plot is rejected: its area cannot be told);
 * overlapping parts are merged, with a warning, so that shared ground counts once.
 */
export function ringRelationIssues(geometry: PlotGeometry): RingRelations {
  const polygons = polygonsOf(geometry);
  for (let polygonIndex = 0; polygonIndex < polygons.length; polygonIndex++) {
    const issue = polygonRingIssue(polygons[polygonIndex], partOf(geometry, polygonIndex));
    if (issue !== null) return { geometry, issues: [issue] };
  }
  if (polygons.length < 2) return { geometry, issues: [] };
  const overlap = overlappingParts(polygons);
  if (overlap === null) return { geometry, issues: [] };
  const merged = mergeParts(polygons);
  const [first, second] = overlap;
  if (merged === null) {
    return {
      geometry,
      issues: [
        error(
          'parts-overlap',
          `第 ${first + 1} 部分与第 ${second + 1} 部分重叠，且无法合并，面积无法确定`,
          `part ${first + 1} overlaps part ${second + 1} and they could not be merged, so the area cannot be told`,
        ),
      ],
    };
  }
  return {
    geometry: merged,
    issues: [
      warning(
        'parts-overlap',
        `第 ${first + 1} 部分与第 ${second + 1} 部分重叠，已将各部分合并，重叠处只计一次面积`,
        `part ${first + 1} overlaps part ${second + 1}; the parts were merged so that shared ground counts once in the area`,
      ),
    ],
  };
}

/** The union of the parts, or null when it cannot be formed. */
function mergeParts(polygons: Position[][][]): Polygon | MultiPolygon | null {
  try {
    const merged = union(featureCollection(polygons.map((rings) => polygonFeature(rings))));
    return merged?.geometry ?? null;
  } catch {
    return null;
  }
}
