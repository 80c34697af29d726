import { describe, expect, it } from 'vitest';
import { normalizePlot } from './normalize-plot';
import { PLOT_FEATURES, SQUARE_MU, squareRing } from './test-fixtures/plot-features';
import type { PlotGeometry } from './types';

const square: PlotGeometry = { type: 'Polygon', coordinates: [squareRing(120.5, 30.6)] };

function propertiesOf(index: number): Record<string, unknown> {
  return (PLOT_FEATURES[index] as { properties: Record<string, unknown> }).properties;
}

describe('normalizePlot', () => {
  it('types a feature written with canonical keys', () => {
    const { plot, issues } = normalizePlot(propertiesOf(0), square, 0);
    expect(issues).toEqual([]);
    expect(plot).toMatchObject({
      index: 0,
      id: 'SQ-001',
      name: '史桥宏发织造厂',
      township: '史桥镇',
      village: '柳园村',
      industry: '纺织',
      stage: 'demolished',
      dates: { visitedOn: '2024-03-01', signedOn: '2024-05-10', demolishedOn: '2024-08-20' },
      deadline: '2025-12-31',
      officer: '俞振华',
      declaredAreaMu: 16,
      landOwnership: '集体',
      tenure: '租赁',
      categories: ['低散乱', '厂中厂'],
      disposal: '腾退收回',
      reuse: '复垦',
      taxPerMu: 3.5,
      outputValue: 1200,
      energyTce: 88.5,
      note: '<b>不是HTML</b>',
      geometry: square,
    });
    expect(plot.areaMu).toBeCloseTo(SQUARE_MU, 9);
    expect(plot.areaM2).toBeCloseTo((SQUARE_MU * 10000) / 15, 6);
  });

  it('types a feature written with Chinese column names and text values', () => {
    const { plot, issues } = normalizePlot(propertiesOf(1), square, 1);
    expect(issues).toEqual([]);
    expect(plot).toMatchObject({
      id: 'SQ-002',
      name: '金春燕机械配件加工点',
      township: '史桥镇',
      village: '竹塘村',
      industry: '机械',
      stage: 'signed',
      dates: { signedOn: '2024-05-08' },
      deadline: '2025-06-30',
      officer: '褚利群',
      declaredAreaMu: 15.8,
      landOwnership: '国有',
      tenure: '自有',
      categories: ['低散乱', '四无企业'],
      disposal: '关停淘汰',
      reuse: '复绿',
      taxPerMu: 1234.5,
      outputValue: 12.5,
      energyTce: 34,
      note: '已约谈',
    });
  });

  it('keeps the original properties object, unknown columns included, untouched', () => {
    const properties = propertiesOf(0);
    const { plot } = normalizePlot(properties, square, 0);
    expect(plot.properties).toBe(properties);
  });
});
