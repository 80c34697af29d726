import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

/**
 * The least a maplibre page can do to show the plots: one GeoJSON source fetched from the
 * parcels file, one fill layer coloured by stage. The yardstick the app's load time is held to.
 *
 * Query: parcels (same-origin URL), plots (count, echoed when done), centre=lon,lat, zoom,
 * width and height of the map in CSS pixels (the app's map, so both draw the same view).
 */
const query = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');
container.style.width = `${Number(query.get('width') ?? 1200)}px`;
container.style.height = `${Number(query.get('height') ?? 800)}px`;
const [lon, lat] = (query.get('centre') ?? '120.5,30.6').split(',').map(Number);

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

const map = new MapLibreMap({
  container,
  center: [lon, lat],
  zoom: Number(query.get('zoom') ?? 10),
  attributionControl: false,
  style: {
    version: 8,
    sources: { plots: { type: 'geojson', data: new URL(query.get('parcels') ?? '', document.baseURI).href } },
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
