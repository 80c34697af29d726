// Runs inside each of maplibre's workers (loaded with importScriptInWorkers; maplibre imports
// only `.mjs` URLs as modules under the app's content security policy). It lets the map's
// worker read the plots' GeoJSON from a blob: URL itself. Without it maplibre hands any URL
// that is not http(s) to the page, which would then parse and copy every geometry.
const PREFIX = 'plots-blob://';

/**
 * Marks the plots read here. maplibre's worker answers a load from a URL with the data it read,
 * so that the page keeps a copy: for 100,000 plots that copy is a second or more of the page's
 * time spent taking it in, and every geometry held twice. The page needs no copy (it has the
 * plots; edits send whole features), so the answer carries an empty collection instead.
 */
const READ_HERE = 'battleMapPlotsReadInWorker';

/** `plots-blob://<id>` → the page's `blob:<origin>/<id>`, read and parsed here. */
async function loadPlots(request, abortController) {
  const id = request.url.slice(PREFIX.length);
  const response = await fetch(`blob:${self.location.origin}/${id}`, { signal: abortController.signal });
  if (!response.ok) throw new Error(`Could not read the plots (${response.status})`);
  const { features } = await response.json();
  // The features are inherited, not the collection's own: maplibre's worker reads them to draw
  // tiles, while its copy for the page (own properties only) skips them, at no cost.
  const collection = Object.create({ features });
  collection.type = 'FeatureCollection';
  collection[READ_HERE] = true;
  return { data: collection };
}

const post = self.postMessage.bind(self);
self.postMessage = (message, options) => {
  const answer = message?.type === '<response>' ? message.data : null;
  if (answer?.data?.[READ_HERE] === true) answer.data = { type: 'FeatureCollection', features: [] };
  post(message, options);
};

self.addProtocol('plots-blob', loadPlots);
