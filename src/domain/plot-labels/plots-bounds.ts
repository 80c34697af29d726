import type { Plot } from '../types';

/** West, south, east, north. */
export type LonLatBounds = [number, number, number, number];

/** The bounds of the plots' outlines, or null for none: what a battle map frames. */
export function plotsBounds(plots: Iterable<Plot>): LonLatBounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const plot of plots) {
    const polygons = plot.geometry.type === 'Polygon' ? [plot.geometry.coordinates] : plot.geometry.coordinates;
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0] ?? []) {
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
