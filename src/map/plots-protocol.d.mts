import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** The plots packed by the loading worker's MapPlotsWriter, as the map's GeoJSON features. */
export function readMapPlots(buffer: ArrayBuffer): Array<Feature<Polygon | MultiPolygon, { stage: string }> & { id: number }>;

