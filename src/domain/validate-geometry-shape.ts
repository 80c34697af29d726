import type { Position } from 'geojson';
import { error, type Issue } from './findings';
import type { PlotGeometry } from './types';
import { valueText } from './value-text';

/** Where in a geometry a problem is, for messages: 第 1 部分第 2 个环第 5 个点 / part 1, ring 2, point 5. */
export interface GeometryLocation {
  part: number | null;
  ring: number;
  point?: number;
}

export function describeLocation(location: GeometryLocation): { zh: string; en: string } {
  const partZh = location.part === null ? '' : `第 ${location.part + 1} 部分`;
  const partEn = location.part === null ? '' : `part ${location.part + 1}, `;
  const ringZh = location.ring === 0 ? '外环' : `第 ${location.ring} 个内环`;
  const ringEn = location.ring === 0 ? 'outer ring' : `hole ${location.ring}`;
  const pointZh = location.point === undefined ? '' : `第 ${location.point + 1} 个点`;
  const pointEn = location.point === undefined ? '' : `, point ${location.point + 1}`;
  return { zh: `${partZh}${ringZh}${pointZh}`, en: `${partEn}${ringEn}${pointEn}` };
}

/** A value as short text for a message, however large or deeply nested it is. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value.slice(0, 40)}"` : valueText(value, 41);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function isNumericPosition(position: unknown): boolean {
  if (!Array.isArray(position) || position.length < 2) return false;
  for (let axis = 0; axis < position.length; axis++) {
    const coordinate: unknown = position[axis];
    if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) return false;
  }
  return true;
}

function positionIssue(position: unknown, location: GeometryLocation): Issue | null {
  if (!Array.isArray(position) || position.length < 2) {
    const where = describeLocation(location);
    return error(
      'geometry-malformed',
      `${where.zh}不是 [经度, 纬度] 坐标：${describeValue(position)}`,
      `${where.en} is not a [longitude, latitude] position: ${describeValue(position)}`,
    );
  }
  for (const coordinate of position) {
    if (coordinate === Number.POSITIVE_INFINITY || coordinate === Number.NEGATIVE_INFINITY) {
      const where = describeLocation(location);
      return error(
        'coordinate-too-large',
        `${where.zh}的坐标超出可表示的数值范围（如 1e400）`,
        `${where.en} has a coordinate too large to be a number (such as 1e400)`,
      );
    }
    if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) {
      const where = describeLocation(location);
      return error(
        'coordinate-not-number',
        `${where.zh}的坐标 ${describeValue(coordinate)} 不是有限数值`,
        `${where.en} has a coordinate that is not a finite number: ${describeValue(coordinate)}`,
      );
    }
  }
  return null;
}

function polygonIssue(rings: unknown, part: number | null): Issue | null {
  const partZh = part === null ? '面' : `第 ${part + 1} 部分`;
  const partEn = part === null ? 'the polygon' : `part ${part + 1}`;
  if (!Array.isArray(rings)) {
    return error('geometry-malformed', `${partZh}的坐标不是环的数组`, `the coordinates of ${partEn} are not an array of rings`);
  }
  if (rings.length === 0) return error('geometry-empty', `${partZh}没有任何环`, `${partEn} has no rings`);
  for (let ring = 0; ring < rings.length; ring++) {
    const positions: unknown = rings[ring];
    if (!Array.isArray(positions)) {
      const where = describeLocation({ part, ring });
      return error('geometry-malformed', `${where.zh}不是坐标数组`, `${where.en} is not an array of positions`);
    }
    for (let point = 0; point < positions.length; point++) {
      const position: unknown = positions[point];
      if (isNumericPosition(position)) continue;
      return positionIssue(position, { part, ring, point });
    }
  }
  return null;
}

/**
 * The first thing that keeps a feature's geometry from being a polygon of numeric
 * [longitude, latitude] positions, or null when there is none. Ring closure, length and
 * winding are checked afterwards (validate-rings).
 */
export function geometryShapeIssue(geometry: unknown): Issue | null {
  if (geometry === null || geometry === undefined) {
    return error('geometry-missing', '没有几何图形（geometry 为空）', 'it has no geometry (geometry is null)');
  }
  if (typeof geometry !== 'object' || Array.isArray(geometry)) {
    return error('geometry-malformed', `geometry 不是对象：${describeValue(geometry)}`, `its geometry is not an object: ${describeValue(geometry)}`);
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonIssue(coordinates, null);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates)) {
      return error('geometry-malformed', 'MultiPolygon 的坐标不是数组', 'the MultiPolygon coordinates are not an array');
    }
    if (coordinates.length === 0) return error('geometry-empty', 'MultiPolygon 没有任何部分', 'the MultiPolygon has no parts');
    for (let part = 0; part < coordinates.length; part++) {
      const issue = polygonIssue(coordinates[part], part);
      if (issue) return issue;
    }
    return null;
  }
  return error(
    'geometry-not-polygon',
    `几何类型是 ${describeValue(type)}，地块须为 Polygon 或 MultiPolygon`,
    `its geometry type is ${describeValue(type)}; a plot must be a Polygon or MultiPolygon`,
  );
}

/** The polygons of a geometry that passed geometryShapeIssue: one for a Polygon. */
export function polygonsOf(geometry: PlotGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The part index messages use: null for a Polygon, the polygon's position for a MultiPolygon. */
export function partOf(geometry: PlotGeometry, polygonIndex: number): number | null {
  return geometry.type === 'Polygon' ? null : polygonIndex;
}
