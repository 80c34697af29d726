// Runs inside each of maplibre's workers (loaded with importScriptInWorkers; maplibre imports
// only `.mjs` URLs as modules under the app's content security policy). It lets the map's
// worker read the plots' GeoJSON from a blob: URL itself. Without it maplibre hands any URL
// that is not http(s) to the page, which would then parse and copy every geometry.
const PREFIX = 'plots-blob://';

/** `plots-blob://<id>` → the page's `blob:<origin>/<id>`, read and parsed here. */
async function loadPlots(request, abortController) {
  const id = request.url.slice(PREFIX.length);
  const response = await fetch(`blob:${self.location.origin}/${id}`, { signal: abortController.signal });
  if (!response.ok) throw new Error(`Could not read the plots (${response.status})`);
  return { data: await response.json() };
}

self.addProtocol('plots-blob', loadPlots);
