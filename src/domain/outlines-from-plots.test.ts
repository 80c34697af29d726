import { describe, expect, it } from 'vitest';
import { loadPlots } from './load-plots';
import { outlinesFromPlots } from './outlines-from-plots';
import { squareRing } from './test-fixtures/plot-features';

describe('outlinesFromPlots', () => {
  it('draws one outline per township and per village round the plots that name them', () => {
    const feature = (id: string, township: string, village: string, lon: number) => ({
      type: 'Feature',
      properties: { id, township, village },
      geometry: { type: 'Polygon', coordinates: [squareRing(lon, 30)] },
    });
    const { plots } = loadPlots({
      type: 'FeatureCollection',
      features: [feature('1', '史桥镇', '史桥村', 120.1), feature('2', '史桥镇', '东湖村', 120.2), feature('3', '长安镇', '东湖村', 120.5)],
    });
    const { townships, villages } = outlinesFromPlots(plots);
    expect(townships.features.map((outline) => outline.properties?.name)).toEqual(['史桥镇', '长安镇']);
    const shiqiao = townships.features[0].geometry.coordinates[0];
    expect(Math.min(...shiqiao.map(([lon]) => lon))).toBeCloseTo(120.1, 6);
    expect(Math.max(...shiqiao.map(([lon]) => lon))).toBeCloseTo(120.201, 6);
    expect(villages.features.map((outline) => [outline.properties?.township, outline.properties?.name])).toEqual([
      ['史桥镇', '史桥村'],
      ['史桥镇', '东湖村'],
      ['长安镇', '东湖村'],
    ]);
  });
});
