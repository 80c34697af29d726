import { jsonText } from '../domain/value-text';
import type { Feature, FeatureCollection } from 'geojson';
import type { Plot, PlotGeometry } from '../domain/types';

/**
 * The plots as a parcels GeoJSON that opens in the app again as the same plots: each
 * feature's original properties and geometry exactly as they were read, nothing computed added.
 */
export function plotsGeoJson(plots: readonly Plot[]): FeatureCollection<PlotGeometry> {
  return {
    type: 'FeatureCollection',
    features: plots.map((plot): Feature<PlotGeometry> => ({ type: 'Feature', properties: { ...plot.properties }, geometry: plot.geometry })),
  };
}

export function plotsGeoJsonText(plots: readonly Plot[]): string {
  return jsonText(plotsGeoJson(plots));
}
