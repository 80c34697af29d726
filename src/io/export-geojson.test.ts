import { describe, expect, it } from 'vitest';
import { loadPlots } from '../domain/load-plots';
import { deepFreeze } from '../domain/summary-fixtures';
import { plotsGeoJson, plotsGeoJsonText } from './export-geojson';

const INPUT = deepFreeze({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { 地块编号: 'A-1', 企业名称: '甲厂', 行业: '化工', 状态: '已签约', categories: ['低散乱'], 自定义: { 层: 2 }, note: null },
      geometry: { type: 'Polygon', coordinates: [[[120.1, 30.1], [120.102, 30.1], [120.102, 30.1013], [120.1, 30.1013], [120.1, 30.1]]] },
    },
    {
      type: 'Feature',
      properties: { id: 'B-2', name: '乙厂', stage: 'listed', tax_per_mu: 3.25 },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[120.2, 30.2], [120.2011, 30.2], [120.2011, 30.2009], [120.2, 30.2], [120.2, 30.2]]],
          [[[120.21, 30.21], [120.2112345678, 30.21], [120.2112345678, 30.2109], [120.21, 30.2109], [120.21, 30.21]]],
        ],
      },
    },
  ],
});

describe('plotsGeoJson', () => {
  it('writes each plot’s original properties and geometry, nothing added', () => {
    const { plots } = loadPlots(INPUT);
    expect(plots).toHaveLength(2);
    const written = plotsGeoJson(plots);
    expect(written.features.map((feature) => feature.properties)).toEqual(INPUT.features.map((feature) => feature.properties));
    expect(written.features.map((feature) => feature.geometry)).toEqual(plots.map((plot) => plot.geometry));
  });

  it('loads back as the same plots', () => {
    const { plots } = loadPlots(INPUT);
    const reread = loadPlots(JSON.parse(plotsGeoJsonText(plots)));
    expect(reread.rejectedCount).toBe(0);
    expect(reread.plots).toEqual(plots);
  });
});
