import { error, type Issue } from './findings';
import type { PlotGeometry } from './types';
import { describeLocation, partOf, polygonsOf } from './validate-geometry-shape';

/**
 * An edge that jumps more than 180° in longitude means a plot crossing the 180° meridian: its
 * area would be measured the short way round while the map draws it around the world. No
 * plot in China does; one that seems to has wrong coordinates.
 */
export function antimeridianIssue(geometry: PlotGeometry): Issue | null {
  const polygons = polygonsOf(geometry);
  for (let polygonIndex = 0; polygonIndex < polygons.length; polygonIndex++) {
    for (let ring = 0; ring < polygons[polygonIndex].length; ring++) {
      const positions = polygons[polygonIndex][ring];
      for (let point = 1; point < positions.length; point++) {
        if (Math.abs(positions[point][0] - positions[point - 1][0]) <= 180) continue;
        const where = describeLocation({ part: partOf(geometry, polygonIndex), ring, point });
        return error(
          'geometry-crosses-antimeridian',
          `${where.zh}跨越 180° 经线（经度从 ${positions[point - 1][0]} 跳到 ${positions[point][0]}），面积与地图上画出的形状不一致`,
          `${where.en} crosses the 180° meridian (longitude jumps from ${positions[point - 1][0]} to ${positions[point][0]}), so its area and the shape drawn on the map disagree`,
        );
      }
    }
  }
  return null;
}
