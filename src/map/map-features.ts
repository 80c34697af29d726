import { bbox, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Plot } from '../domain/types';

/**
 * What the map needs of each plot and nothing more: its index as the feature id (for
 * feature-state) and its stage (for the fill colour).
 */
export function plotFeatures(plots: readonly Plot[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: plots.map((plot) => ({
      type: 'Feature',
      id: plot.index,
      geometry: plot.geometry,
      properties: { stage: plot.stage },
    })),
  };
}

/** One label point inside each named boundary polygon. */
export function boundaryLabels(
  townships: FeatureCollection | null,
  villages: FeatureCollection | null,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  const add = (collection: FeatureCollection | null, kind: string) => {
    for (const feature of collection?.features ?? []) {
      const name = feature.properties?.name;
      if (typeof name !== 'string' || !feature.geometry) continue;
      const point = pointOnFeature(feature as Feature<Geometry>);
      features.push({ type: 'Feature', geometry: point.geometry, properties: { name, kind } });
    }
  };
  add(townships, 'township');
  add(villages, 'village');
  return { type: 'FeatureCollection', features };
}

export type Bounds = [number, number, number, number];

export function collectionBounds(collection: FeatureCollection): Bounds | null {
  if (collection.features.length === 0) return null;
  const [west, south, east, north] = bbox(collection);
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
