import { convex, featureCollection, point } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Plot } from './types';

function corners(plot: Plot): number[][] {
  return plot.geometry.type === 'Polygon' ? plot.geometry.coordinates[0] : plot.geometry.coordinates.flatMap((polygon) => polygon[0]);
}

function hullsBy(plots: readonly Plot[], nameOf: (plot: Plot) => string, extra: (plot: Plot) => Record<string, string>): FeatureCollection<Polygon> {
  const groups = new Map<string, Plot[]>();
  for (const plot of plots) {
    const name = nameOf(plot);
    if (name === '') continue;
    const group = groups.get(name) ?? [];
    group.push(plot);
    groups.set(name, group);
  }
  const features: Feature<Polygon>[] = [];
  for (const [name, group] of groups) {
    const hull = convex(featureCollection(group.flatMap((plot) => corners(plot).map((corner) => point(corner)))));
    if (hull) features.push({ type: 'Feature', properties: { name: name.split('\u0000').pop() ?? name, ...extra(group[0]), derived: true }, geometry: hull.geometry });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Township and village outlines drawn round the plots that name them (the convex hull of their
 * corners), for a campaign whose boundary files are missing: rough, but each township and
 * village is where its plots are. Marked `derived: true`.
 */
export function outlinesFromPlots(plots: readonly Plot[]): { townships: FeatureCollection<Polygon>; villages: FeatureCollection<Polygon> } {
  return {
    townships: hullsBy(plots, (plot) => plot.township, () => ({})),
    villages: hullsBy(
      plots,
      (plot) => (plot.village === '' ? '' : `${plot.township}\u0000${plot.village}`),
      (plot) => ({ township: plot.township }),
    ),
  };
}
