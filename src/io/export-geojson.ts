import { jsonText } from '../domain/value-text';
import type { Feature, FeatureCollection } from 'geojson';
import type { Plot, PlotGeometry } from '../domain/types';
import { editedProperties } from './edits/edited-properties';

/** The plot as the file had it, before the edits made in the app; undefined when there were none. */
export type FileVersion = (plot: Plot) => Plot | undefined;

const AS_READ: FileVersion = () => undefined;

/**
 * The plots as a parcels GeoJSON that opens in the app again as the same plots: each
 * feature's original properties and geometry exactly as they were read, nothing computed added,
 * except the fields edited in the app, written over under the file's own column names.
 */
export function plotsGeoJson(plots: readonly Plot[], fileVersion: FileVersion = AS_READ): FeatureCollection<PlotGeometry> {
  return {
    type: 'FeatureCollection',
    features: plots.map((plot): Feature<PlotGeometry> => ({ type: 'Feature', properties: editedProperties(plot, fileVersion(plot)), geometry: plot.geometry })),
  };
}

export function plotsGeoJsonText(plots: readonly Plot[], fileVersion: FileVersion = AS_READ): string {
  return jsonText(plotsGeoJson(plots, fileVersion));
}
