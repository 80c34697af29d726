import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

/**
 * The least a maplibre page can do to show the plots: one GeoJSON source fetched from the
 * parcels file, one fill layer coloured by stage. The yardstick the app's load time is held to.
 *
 * Query: parcels (same-origin URL), plots (count, echoed when done), centre=lon,lat, zoom,
 * width and height of the map in CSS pixels (the app's map, so both draw the same view).
 * With `hiding=feature-state` the plots are numbered in file order and a plot whose `hidden`
 * feature-state is true is drawn transparent, as the app hides filtered-out plots, and
 * `window.benchHide` times one such change until the map is idle: the cost of redrawing the
 * plots with no app around it. Without it the page is the load yardstick, unchanged.
 */

/** Plots (by position in the file) to hide and to show again; `clearAll` drops every state first. */
interface HidingChange {
  hide: number[];
  show: number[];
  clearAll: boolean;
}

declare global {
  interface Window {
    /** Applies `change` and resolves with the milliseconds until the map is idle again. */
    benchHide?: (change: HidingChange) => Promise<number>;
  }
}

const query = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');
container.style.width = `${Number(query.get('width') ?? 1200)}px`;
container.style.height = `${Number(query.get('height') ?? 800)}px`;
const [lon, lat] = (query.get('centre') ?? '120.5,30.6').split(',').map(Number);
const hiding = query.get('hiding') === 'feature-state';
const parcels = new URL(query.get('parcels') ?? '', document.baseURI).href;

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

const map = new MapLibreMap({
  container,
  center: [lon, lat],
  zoom: Number(query.get('zoom') ?? 10),
  attributionControl: false,
  style: {
    version: 8,
    sources: { plots: hiding ? { type: 'geojson', data: parcels, generateId: true } : { type: 'geojson', data: parcels } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } },
      {
        id: 'plots',
        type: 'fill',
        source: 'plots',
        paint: {
          'fill-color': [
            'match',
            ['get', 'stage'],
            'listed', '#bbbbbb',
            'negotiating', '#e69f00',
            'signed', '#56b4e9',
            'demolished', '#d55e00',
            'reclaimed', '#009e73',
            'accepted', '#0072b2',
            '#cc79a7',
          ],
          ...(hiding ? { 'fill-opacity': ['case', ['boolean', ['feature-state', 'hidden'], false], 0, 1] } : {}),
        },
      },
    ],
  },
});

map.on('idle', () => {
  if (!map.isSourceLoaded('plots')) return;
  container.dataset.plots = query.get('plots') ?? '';
  container.dataset.idle = 'true';
});

if (hiding) {
  window.benchHide = (change) =>
    new Promise((resolve) => {
      const start = performance.now();
      if (change.clearAll) map.removeFeatureState({ source: 'plots' });
      for (const id of change.hide) map.setFeatureState({ source: 'plots', id }, { hidden: true });
      for (const id of change.show) map.setFeatureState({ source: 'plots', id }, { hidden: false });
      map.once('idle', () => resolve(performance.now() - start));
    });
}
