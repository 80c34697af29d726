import { Map as MapLibreMap, type GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { baseStyle, FOCUS_LAYERS, SOURCE, TEXT_LAYERS } from './base-style';
import type { MapData } from './battle-map-view';
import { focusFilters } from './focus-filters';
import { boundaryLabels, plotFeatures } from './map-features';

/** One piece of the map image: where it goes (pixels) and the place at its centre. */
export interface MapImageTile {
  x: number;
  y: number;
  width: number;
  height: number;
  center: [number, number];
}

export interface MapImageRequest {
  data: MapData;
  township: string;
  width: number;
  height: number;
  /** A whole number; every tile's size is a multiple of it. */
  pixelRatio: number;
  zoom: number;
  tiles: readonly MapImageTile[];
}

/** The browser drew a tile smaller than asked (its WebGL limit); the caller tells the user. */
export class MapTileTooLargeError extends Error {
  constructor(
    readonly requested: [number, number],
    readonly drawn: [number, number],
  ) {
    super(`The map tile of ${requested.join('×')} px was drawn at only ${drawn.join('×')} px`);
    this.name = 'MapTileTooLargeError';
  }
}

function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * Draws the battle map's fills and lines at print resolution on a hidden map, tile by tile,
 * and returns them as one canvas. Village names are drawn beneath the plots; plot numbers are
 * left to the poster, which draws them at full size.
 */
export async function renderMapImage(request: MapImageRequest, onTile: (done: number, total: number) => void): Promise<HTMLCanvasElement> {
  const { data, pixelRatio, tiles } = request;
  const output = document.createElement('canvas');
  output.width = request.width;
  output.height = request.height;
  const context = output.getContext('2d');
  if (!context) throw new MapTileTooLargeError([request.width, request.height], [0, 0]);
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none;z-index:-1;';
  const sizeFor = (tile: MapImageTile) => {
    container.style.width = `${tile.width / pixelRatio}px`;
    container.style.height = `${tile.height / pixelRatio}px`;
  };
  sizeFor(tiles[0]);
  document.body.appendChild(container);
  const map = new MapLibreMap({
    container,
    style: baseStyle(data.stages, document.baseURI),
    center: tiles[0].center,
    zoom: request.zoom,
    pixelRatio,
    maxCanvasSize: [16384, 16384],
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve) => map.once('load', () => resolve()));
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    (map.getSource(SOURCE.plots) as GeoJSONSource).setData(plotFeatures(data.plots));
    (map.getSource(SOURCE.townships) as GeoJSONSource).setData(data.townships ?? empty);
    (map.getSource(SOURCE.villages) as GeoJSONSource).setData(data.villages ?? empty);
    (map.getSource(SOURCE.labels) as GeoJSONSource).setData(boundaryLabels(data.townships, data.villages));
    const filters = focusFilters(request.township);
    map.setFilter(FOCUS_LAYERS.dim, filters.dim);
    map.setFilter(FOCUS_LAYERS.outline, filters.outline);
    for (const layer of TEXT_LAYERS) map.setLayoutProperty(layer, 'visibility', 'none');
    // Village names go under the plots, so that no name hides a plot's colour.
    map.setLayoutProperty('village-label', 'visibility', 'visible');
    map.setLayerZoomRange('village-label', 0, 24);
    map.moveLayer('village-label', 'plot-fill');
    map.setLayerZoomRange('plot-outline', 0, 24);
    for (const [position, tile] of tiles.entries()) {
      sizeFor(tile);
      map.resize();
      map.jumpTo({ center: tile.center, zoom: request.zoom });
      await nextIdle(map);
      const canvas = map.getCanvas();
      if (canvas.width !== tile.width || canvas.height !== tile.height) {
        throw new MapTileTooLargeError([tile.width, tile.height], [canvas.width, canvas.height]);
      }
      context.drawImage(canvas, tile.x, tile.y);
      onTile(position + 1, tiles.length);
    }
  } finally {
    map.remove();
    container.remove();
  }
  return output;
}
