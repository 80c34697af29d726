import { describe, expect, it } from 'vitest';
import type { Plot, PlotGeometry, StageKey } from '../../domain/types';
import { readMapPlots } from '../../map/plots-protocol.mjs';
import { cornerCount, MapPlotsWriter } from './map-plots-writer';

const GEOMETRIES: PlotGeometry[] = [
  { type: 'Polygon', coordinates: [[[120.1, 30.1], [120.102, 30.1], [120.102, 30.1013], [120.1, 30.1]]] },
  {
    type: 'MultiPolygon',
    coordinates: [
      [[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]],
      [[[10, 10], [11, 10], [11, 11], [10, 10]]],
    ],
  },
  { type: 'Polygon', coordinates: [[[1e-300, -0], [Number.MAX_VALUE, 1], [0.1 + 0.2, 2], [1e-300, -0]]] },
];

/** A plot with what the map reads of it; the rest of a plot does not travel. */
function plot(index: number, stage: StageKey, geometry: PlotGeometry): Plot {
  return { index, stage, geometry } as Plot;
}

async function roundTrip(runs: Plot[][]) {
  const writer = new MapPlotsWriter();
  for (const run of runs) writer.addRun(run);
  return { features: readMapPlots(await writer.finish().arrayBuffer()), corners: writer.corners };
}

describe('the plots packed for the map', () => {
  it('are built back as the GeoJSON the map draws: index as id, stage, the outline exactly', async () => {
    const plots = [plot(0, 'listed', GEOMETRIES[0]), plot(3, 'signed', GEOMETRIES[1]), plot(7, 'listed', GEOMETRIES[2])];
    const { features, corners } = await roundTrip([plots]);
    expect(features).toEqual(plots.map((each) => ({ type: 'Feature', id: each.index, properties: { stage: each.stage }, geometry: each.geometry })));
    expect(Object.is((features[2].geometry.coordinates[0] as number[][])[0][1], -0)).toBe(true);
    expect(corners).toBe(4 + 12 + 4);
  });

  it('keep file order and every stage across many runs and Blobs', async () => {
    const stages: StageKey[] = ['listed', 'negotiating', 'signed', 'demolished', 'reclaimed', 'accepted', 'upgraded'];
    // Big enough outlines that the runs go into more than one Blob (8 MB each).
    const ring = Array.from({ length: 2000 }, (_, corner) => [120 + corner * 1e-6, 30 + (corner % 7) * 1e-6]);
    const runs = Array.from({ length: 3 }, (_, run) =>
      Array.from({ length: 500 }, (_, position) => plot(run * 500 + position, stages[(run * 500 + position) % stages.length], { type: 'Polygon', coordinates: [ring] })),
    );
    const { features, corners } = await roundTrip(runs);
    expect(features.map((feature) => feature.id)).toEqual(runs.flat().map((each) => each.index));
    expect(features.map((feature) => feature.properties.stage)).toEqual(runs.flat().map((each) => each.stage));
    expect(features[1499].geometry).toEqual({ type: 'Polygon', coordinates: [ring] });
    expect(corners).toBe(1500 * 2000);
  });

  it('leave out heights, which the map does not draw', async () => {
    const { features } = await roundTrip([[plot(0, 'listed', { type: 'Polygon', coordinates: [[[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 0, 5]]] })]]);
    expect(features[0].geometry.coordinates).toEqual([[[0, 0], [1, 0], [1, 1], [0, 0]]]);
  });

  it('are refused when they are not the packed plots', () => {
    expect(() => readMapPlots(new TextEncoder().encode('{"type":"FeatureCollection"}').buffer)).toThrow('not packed for the map');
  });
});

describe('cornerCount', () => {
  it('counts every ring of every polygon', () => {
    expect(GEOMETRIES.map(cornerCount)).toEqual([4, 12, 4]);
  });
});
