import { bbox, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
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

/**
 * The plots whose stage changed between two lists of the same plots (an edit); null when the
 * lists are not the same plots in the same places (new data), which must then be sent whole.
 * Walks the lists comparing objects, so only edited plots are read.
 */
export function stageChanges(previous: readonly Plot[], next: readonly Plot[]): Plot[] | null {
  if (previous.length !== next.length) return null;
  const changes: Plot[] = [];
  for (let position = 0; position < next.length; position++) {
    const before = previous[position];
    const after = next[position];
    if (before === after) continue;
    if (before.index !== after.index || before.geometry !== after.geometry) return null;
    if (before.stage !== after.stage) changes.push(after);
  }
  return changes;
}

/** What a marked plot is outlined for: clicked, under the pointer, or picked by shift-click or box. */
export type PlotMark = 'selected' | 'hover' | 'picked';

/**
 * The outlines of a few marked plots, kept apart from the plots themselves so that marking one
 * never touches the 100,000 others. A plot marked twice keeps its first mark; unknown indexes
 * are skipped.
 */
export function markFeatures(plotAt: (index: number) => Plot | undefined, marks: Iterable<[number, PlotMark]>): FeatureCollection {
  const features: Feature[] = [];
  const seen = new Set<number>();
  for (const [index, mark] of marks) {
    const plot = plotAt(index);
    if (!plot || seen.has(index)) continue;
    seen.add(index);
    features.push({ type: 'Feature', id: index, geometry: plot.geometry, properties: { mark } });
  }
  return { type: 'FeatureCollection', features };
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

/** The bounds of the named township's boundary, or of the given points when it has none. */
export function townshipBounds(townships: FeatureCollection | null, township: string, points: readonly Position[]): Bounds | null {
  const feature = townships?.features.find((candidate) => candidate.properties?.name === township);
  if (feature) return collectionBounds({ type: 'FeatureCollection', features: [feature] });
  if (points.length === 0) return null;
  const longitudes = points.map((point) => point[0]);
  const latitudes = points.map((point) => point[1]);
  return [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)];
}
