import { describe, expect, it } from 'vitest';
import { loadPlots } from '../../domain/load-plots';
import { PLOT_FEATURES, squareRing } from '../../domain/test-fixtures/plot-features';
import { LoadError } from '../load-error';
import { readMapPlots } from '../../map/plots-protocol.mjs';
import { runLoad } from './load-pipeline';
import { withGeometries } from './packed-geometry';
import type { FromWorker, LoadRequest } from './protocol';
import { fileOf } from './reader-file-fixture';

const REQUEST: LoadRequest = { type: 'load', source: { kind: 'url', url: '/parcels.geojson', name: 'parcels.geojson' }, memory: null };

async function loadThroughPipeline(text: string, chunkSize: number, name = 'parcels.geojson') {
  const messages: FromWorker[] = [];
  await runLoad(REQUEST, [fileOf(name, text, chunkSize)], new AbortController().signal, (message) => messages.push(message));
  const plots = messages.flatMap((message) => (message.type === 'plots' ? withGeometries(message.plots, message.geometries) : []));
  const result = messages.find((message) => message.type === 'result');
  if (!result || result.type !== 'result') throw new Error('no result');
  const featureFindings = messages.flatMap((message) => (message.type === 'plots' ? message.findings : []));
  return { plots, findings: [...result.findings, ...featureFindings], inputCount: result.inputCount, rejectedCount: result.rejectedCount, mapFeatures: readMapPlots(await result.mapFeatures.arrayBuffer()) };
}

const FIRST = PLOT_FEATURES[0] as { type: string; properties: Record<string, unknown>; geometry: unknown };

const COLLECTION = JSON.stringify({
  type: 'FeatureCollection',
  name: '地块 "测试" \\ 集',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  features: [
    ...PLOT_FEATURES,
    PLOT_FEATURES[0],
    null,
    7,
    '字符串 ] } ,',
    { ...FIRST, properties: { ...FIRST.properties, id: 'Q-1', note: '引号 \\"] }, {"features": [ \\\\' } },
  ],
  bbox: [120, 30, 121, 31],
});

describe('the streaming GeoJSON load', () => {
  for (const chunkSize of [1, 2, 3, 7, 64, 100_000]) {
    it(`gives the same plots and findings as loading the parsed file, in pieces of ${chunkSize} bytes`, async () => {
      const streamed = await loadThroughPipeline(COLLECTION, chunkSize);
      const whole = loadPlots(JSON.parse(COLLECTION));
      expect(streamed.plots).toEqual(whole.plots);
      expect(streamed.findings).toEqual(whole.findings);
      expect(streamed.inputCount).toBe(whole.inputCount);
      expect(streamed.rejectedCount).toBe(whole.rejectedCount);
    });
  }

  it('reads a root array, a single Feature and a byte-order mark the way the whole-file load does', async () => {
    for (const input of [PLOT_FEATURES, PLOT_FEATURES[0], { type: 'GeometryCollection', features: [PLOT_FEATURES[0]] }, { type: 'FeatureCollection' }, 42]) {
      const text = `\uFEFF${JSON.stringify(input, null, 1)}`;
      const streamed = await loadThroughPipeline(text, 5);
      const whole = loadPlots(input);
      expect(streamed.plots).toEqual(whole.plots);
      expect(streamed.findings).toEqual(whole.findings);
    }
  });

  it('gives the map each plot with its index as id and its stage, in file order', async () => {
    const streamed = await loadThroughPipeline(COLLECTION, 10);
    const features = streamed.mapFeatures;
    expect(features.map((feature) => feature.id)).toEqual(streamed.plots.map((plot) => plot.index));
    expect(features.map((feature) => feature.properties.stage)).toEqual(streamed.plots.map((plot) => plot.stage));
    expect(features[0].geometry).toEqual(streamed.plots[0].geometry);
  });

  it('hands the plots over in runs of at most 500, each a short task for the page to take in', async () => {
    const features = Array.from({ length: 1200 }, (_, index) => ({
      type: 'Feature',
      properties: { id: `P-${index}` },
      geometry: { type: 'Polygon', coordinates: [squareRing(120 + (index % 100) * 0.01, 30 + Math.floor(index / 100) * 0.01)] },
    }));
    const messages: FromWorker[] = [];
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    await runLoad(REQUEST, [fileOf('many.geojson', text, 65536)], new AbortController().signal, (message) => messages.push(message));
    const runs = messages.flatMap((message) => (message.type === 'plots' ? [message.plots.length] : []));
    expect(runs).toEqual([500, 500, 200]);
  });

  it('calls a broken or cut-off file not valid JSON, naming it', async () => {
    const cut = COLLECTION.slice(0, COLLECTION.length - 40);
    await expect(loadThroughPipeline(cut, 64)).rejects.toThrow(LoadError);
    await expect(loadThroughPipeline(cut, 64)).rejects.toThrow(/parcels\.geojson is not valid JSON\/GeoJSON/);
    await expect(loadThroughPipeline('{"type":"FeatureCollection","features":[{"a":1},]}', 8)).rejects.toThrow(/not valid JSON/);
    await expect(loadThroughPipeline('{"type":"FeatureCollection","features":[{"a":1} {"b":2}]}', 8)).rejects.toThrow(/not valid JSON/);
  });

  it('refuses a file too large for the browser before reading a byte of it', async () => {
    const file = fileOf('parcels.geojson', COLLECTION, 64);
    let read = false;
    const watched = { ...file, stream: () => ((read = true), file.stream()) };
    const request: LoadRequest = { ...REQUEST, memory: { heapLimitBytes: 1000, deviceBytes: null } };
    const run = runLoad(request, [watched], new AbortController().signal, () => undefined);
    await expect(run).rejects.toThrow(/"parcels\.geojson" is .* KB; loading it needs about .* of memory, more than the/);
    expect(read).toBe(false);
  });

  it('sends the findings on features with their plots, so that no one message carries them all', async () => {
    const messages: FromWorker[] = [];
    const unnamed = PLOT_FEATURES.map((feature) => ({ ...(feature as typeof FIRST), properties: { ...(feature as typeof FIRST).properties, name: '' } }));
    const features = Array.from({ length: 1200 }, (_, index) => ({ ...unnamed[index % unnamed.length], properties: { ...unnamed[index % unnamed.length].properties, id: `F-${index}` } }));
    await runLoad(REQUEST, [fileOf('many.geojson', JSON.stringify({ type: 'FeatureCollection', features }), 65536)], new AbortController().signal, (message) => messages.push(message));
    const perRun = messages.flatMap((message) => (message.type === 'plots' ? [message.findings.length] : []));
    const result = messages.find((message) => message.type === 'result');
    expect(perRun.filter((count) => count > 0).length).toBeGreaterThan(1);
    expect(result?.type === 'result' && result.findings).toEqual([]);
  });

  it('says in words that the browser ran out of memory when a run cannot be sent, never the browser’s error', async () => {
    const outOfMemory = () => {
      throw new DOMException("Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope': Data cannot be cloned, out of memory.", 'DataCloneError');
    };
    const run = runLoad(REQUEST, [fileOf('parcels.geojson', COLLECTION, 64)], new AbortController().signal, (message) => (message.type === 'plots' ? outOfMemory() : undefined));
    await expect(run).rejects.toThrow(LoadError);
    await expect(run).rejects.toThrow(
      /"parcels\.geojson" \(.* KB\) is too large: this browser ran out of memory after \d+ features and could not load it; the campaign is unchanged\. Split the file by township/,
    );
  });

  it('refuses, after its first megabytes, a file whose outlines have more corners than the map can take', async () => {
    // 300-corner outlines, as dense as surveyed village boundaries, in a file said to be 3 GB:
    // the first 4 MB project the whole.
    const ring = (west: number) => Array.from({ length: 301 }, (_, corner) => {
      const angle = ((corner % 300) / 300) * 2 * Math.PI;
      return [Number((west + 0.0004 * Math.cos(angle)).toFixed(7)), Number((30 + 0.0004 * Math.sin(angle)).toFixed(7))];
    });
    const features = Array.from({ length: 700 }, (_, index) => ({ type: 'Feature', properties: { id: `V-${index}` }, geometry: { type: 'Polygon', coordinates: [ring(120 + index * 0.001)] } }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const posted: FromWorker['type'][] = [];
    const run = runLoad(REQUEST, [{ ...fileOf('村界.geojson', text, 65536), size: 3 * 1024 ** 3 }], new AbortController().signal, (message) => posted.push(message.type));
    await expect(run).rejects.toThrow(LoadError);
    const error = (await run.catch((caught: unknown) => caught)) as LoadError;
    expect(error.messageZh).toMatch(/^“村界\.geojson”有 3\.00 GB，其中地块边界约有 [\d,]+ 万个顶点，超过地图一次能接收的 2,000 万个。请按镇街拆分文件/);
    expect(error.messageEn).toContain('more than the 20.0 million the map can take at once');
    expect(posted).not.toContain('result');
  });

  it('refuses a file of a format it does not read, saying which it does', async () => {
    await expect(loadThroughPipeline('a,b', 8, 'ledger.txt')).rejects.toThrow(/Cannot open "ledger.txt": choose a GeoJSON \(\.geojson, \.json\), Shapefile/);
  });
});
