import { describe, expect, it } from 'vitest';
import { squareRing } from '../../domain/test-fixtures/plot-features';
import { runBoundaries } from './load-boundaries';
import type { BoundariesRequest, FromWorker } from './protocol';
import { fileOf } from './reader-file-fixture';

const REQUEST: BoundariesRequest = { type: 'boundaries', source: { kind: 'url', url: '/villages.geojson', name: 'villages.geojson' }, memory: null };

function villages(count: number): string {
  const features = Array.from({ length: count }, (_, index) => ({
    type: 'Feature',
    properties: { name: `第${index}村`, township: '史桥镇' },
    geometry: { type: 'Polygon', coordinates: [squareRing(120 + (index % 40) * 0.01, 30 + Math.floor(index / 40) * 0.01)] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features: [...features, { note: 'not a feature' }] });
}

describe('runBoundaries', () => {
  it('hands a boundaries file’s features over as they are, in file order and in runs, with progress over its bytes', async () => {
    const text = villages(1200);
    const messages: FromWorker[] = [];
    await runBoundaries(REQUEST, [fileOf('villages.geojson', text, 4096)], new AbortController().signal, (message) => messages.push(message));
    const runs = messages.flatMap((message) => (message.type === 'boundary-features' ? [message.features] : []));
    expect(runs.map((run) => run.length)).toEqual([500, 500, 200]);
    expect(runs.flat()).toEqual((JSON.parse(text) as { features: unknown[] }).features.slice(0, 1200));
    expect(messages.at(-1)).toEqual({ type: 'boundaries-result' });
    const last = messages.filter((message) => message.type === 'progress').at(-1);
    expect(last).toMatchObject({ doneBytes: new TextEncoder().encode(text).length, totalBytes: new TextEncoder().encode(text).length, features: 1200 });
  });

  it('refuses a boundaries file too large for the browser before reading it, saying what to do', async () => {
    const request: BoundariesRequest = { ...REQUEST, memory: { heapLimitBytes: 1000, deviceBytes: null } };
    const run = runBoundaries(request, [fileOf('villages.geojson', villages(10), 64)], new AbortController().signal, () => undefined);
    await expect(run).rejects.toThrow(/"villages\.geojson" is .* KB; loading it needs about .*Split the file by township/);
  });
});
