// Runs inside each of maplibre's workers (loaded with importScriptInWorkers; maplibre imports
// only `.mjs` URLs as modules under the app's content security policy). It lets the map's
// worker read the plots the loading worker packed from a blob: URL itself. Without it maplibre
// hands any URL that is not http(s) to the page, which would then build and copy every geometry.
const PREFIX = 'plots-blob://';

/** The packed plots' mark; src/io/worker/map-plots-writer.ts writes them and says how. */
const MAGIC = 0x31504d42;

/**
 * Marks the plots read here. maplibre's worker answers a load from a URL with the data it read,
 * so that the page keeps a copy: for 100,000 plots that copy is a second or more of the page's
 * time spent taking it in, and every geometry held twice. The page needs no copy (it has the
 * plots; edits send whole features), so the answer carries an empty collection instead.
 */
const READ_HERE = 'battleMapPlotsReadInWorker';

function paddedTo8(bytes) {
  return Math.ceil(bytes / 8) * 8;
}

/** The packed plots as GeoJSON features: id = the plot's index, `stage`, the outline. */
export function readMapPlots(buffer) {
  const [magic, stageBytes] = new Int32Array(buffer, 0, 2);
  if (magic !== MAGIC) throw new Error('The plots were not packed for the map');
  const stages = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, stageBytes)));
  const features = [];
  let offset = 8 + paddedTo8(stageBytes);
  while (offset < buffer.byteLength) {
    const [runMagic, count, layoutLength, numberCount] = new Int32Array(buffer, offset, 4);
    if (runMagic !== MAGIC) throw new Error('The packed plots are damaged');
    const layout = new Int32Array(buffer, offset + 16, layoutLength);
    offset += 16 + paddedTo8(layoutLength * 4);
    const numbers = new Float64Array(buffer, offset, numberCount);
    offset += numberCount * 8;
    let l = 0;
    let n = 0;
    for (let plot = 0; plot < count; plot++) {
      const id = layout[l++];
      const stage = stages[layout[l++]];
      const kind = layout[l++];
      const polygons = new Array(layout[l++]);
      for (let p = 0; p < polygons.length; p++) {
        const rings = new Array(layout[l++]);
        for (let r = 0; r < rings.length; r++) {
          const ring = new Array(layout[l++]);
          for (let c = 0; c < ring.length; c++) {
            ring[c] = [numbers[n], numbers[n + 1]];
            n += 2;
          }
          rings[r] = ring;
        }
        polygons[p] = rings;
      }
      const geometry = kind === 0 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
      features.push({ type: 'Feature', id, properties: { stage }, geometry });
    }
  }
  return features;
}

/** `plots-blob://<id>` → the page's `blob:<origin>/<id>`, read and built here. */
async function loadPlots(request, abortController) {
  const id = request.url.slice(PREFIX.length);
  const response = await fetch(`blob:${self.location.origin}/${id}`, { signal: abortController.signal });
  if (!response.ok) throw new Error(`Could not read the plots (${response.status})`);
  const features = readMapPlots(await response.arrayBuffer());
  // The features are inherited, not the collection's own: maplibre's worker reads them to draw
  // tiles, while its copy for the page (own properties only) skips them, at no cost.
  const collection = Object.create({ features });
  collection.type = 'FeatureCollection';
  collection[READ_HERE] = true;
  return { data: collection };
}

// Only inside maplibre's workers; elsewhere (the reader's tests) there is nothing to hook.
if (typeof self !== 'undefined' && typeof self.addProtocol === 'function') {
  const post = self.postMessage.bind(self);
  self.postMessage = (message, options) => {
    const answer = message?.type === '<response>' ? message.data : null;
    if (answer?.data?.[READ_HERE] === true) answer.data = { type: 'FeatureCollection', features: [] };
    post(message, options);
  };
  self.addProtocol('plots-blob', loadPlots);
}
