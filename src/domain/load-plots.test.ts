import { describe, expect, it } from 'vitest';
import { loadPlots } from './load-plots';
import { deepFreeze } from './test-fixtures/deep-freeze';
import { PLOT_COLLECTION, PLOT_FEATURES, SQUARE_MU, squareRing } from './test-fixtures/plot-features';

function summary(input: unknown) {
  return loadPlots(input).findings.map((finding) => [finding.featureIndex, finding.featureId, finding.severity, finding.code]);
}

describe('loadPlots on one feature per rule', () => {
  const result = loadPlots(PLOT_COLLECTION);

  it('pins every finding: position, plot code, severity and rule', () => {
    expect(summary(PLOT_COLLECTION)).toEqual([
      [2, '#3', 'warning', 'id-missing'],
      [3, 'SQ-001', 'warning', 'id-duplicate'],
      [4, 'SQ-005', 'warning', 'stage-unknown'],
      [5, 'SQ-006', 'error', 'geometry-missing'],
      [6, 'SQ-007', 'error', 'geometry-not-polygon'],
      [7, 'SQ-008', 'error', 'coordinates-swapped'],
      [8, 'SQ-009', 'error', 'coordinate-out-of-range'],
      [9, 'SQ-010', 'error', 'coordinate-not-number'],
      [10, 'SQ-011', 'warning', 'ring-not-closed'],
      [11, 'SQ-012', 'error', 'ring-too-short'],
      [12, 'SQ-013', 'error', 'ring-self-intersection'],
      [13, 'SQ-014', 'warning', 'ring-winding-fixed'],
      [14, 'SQ-015', 'warning', 'stage-date-ahead'],
      [15, 'SQ-016', 'warning', 'stage-date-missing'],
      [16, 'SQ-017', 'warning', 'stage-dates-out-of-order'],
      [17, 'SQ-018', 'warning', 'declared-area-mismatch'],
      [18, 'SQ-019', 'error', 'ring-too-short'],
      [20, null, 'error', 'feature-not-object'],
      [21, 'SQ-022', 'error', 'feature-structure'],
      [22, 'SQ-023', 'warning', 'date-unreadable'],
      [22, 'SQ-023', 'warning', 'number-unreadable'],
      [23, 'SQ-024', 'warning', 'coordinate-outside-china'],
      [24, 'SQ-025', 'error', 'geometry-zero-area'],
      [25, 'SQ-026', 'warning', 'stage-missing'],
      [26, '#27', 'warning', 'id-missing'],
      [26, '#27', 'warning', 'stage-missing'],
    ]);
  });

  it('keeps loaded + rejected = input', () => {
    expect(result.inputCount).toBe(PLOT_FEATURES.length);
    expect(result.rejectedCount).toBe(11);
    expect(result.plots).toHaveLength(16);
    expect(result.plots.length + result.rejectedCount).toBe(result.inputCount);
  });

  it('loads warned plots with the stated repair or default', () => {
    const byIndex = new Map(result.plots.map((plot) => [plot.index, plot]));
    expect(byIndex.get(2)?.id).toBe('#3');
    expect(byIndex.get(3)?.id).toBe('SQ-001');
    expect(byIndex.get(4)?.stage).toBe('listed');
    expect(byIndex.get(10)?.geometry).toEqual({ type: 'Polygon', coordinates: [squareRing(120.5, 30.6)] });
    expect(byIndex.get(13)?.geometry).toEqual({ type: 'Polygon', coordinates: [squareRing(120.5, 30.6)] });
    expect(byIndex.get(22)?.declaredAreaMu).toBeNull();
    expect(byIndex.get(22)?.dates).toEqual({});
  });

  it('measures area on the ellipsoid, holes subtracted and parts summed', () => {
    const plot = result.plots.find((candidate) => candidate.id === 'SQ-020');
    expect(plot?.areaMu).toBeCloseTo(47.84256615023851 + SQUARE_MU, 9);
    expect(plot?.areaM2).toBeCloseTo(((47.84256615023851 + SQUARE_MU) * 10000) / 15, 5);
  });

  it('says in both languages which feature, what is wrong and whether the plot was kept', () => {
    const [missing] = result.findings.filter((finding) => finding.code === 'geometry-missing');
    expect(missing.messageZh).toBe('第 6 个要素（无图形企业）：没有几何图形（geometry 为空）；该地块未载入。');
    expect(missing.messageEn).toBe('Feature 6 (无图形企业): it has no geometry (geometry is null); the plot was rejected.');
    const [area] = result.findings.filter((finding) => finding.code === 'declared-area-mismatch');
    expect(area.messageZh).toBe('第 18 个要素：台账面积 20.00 亩与图上量算面积 15.95 亩相差 +25.41%（超过 5%）；地块已载入。');
    expect(area.messageEn).toContain('declared area 20.00 mu differs from the measured 15.95 mu by +25.41%');
    const [crossing] = result.findings.filter((finding) => finding.code === 'ring-self-intersection');
    expect(crossing.messageZh).toContain('外环自相交：第 1 条边与第 3 条边相交');
  });

  it('keeps property values as written text, unknown properties included', () => {
    const first = result.plots[0];
    expect(first.note).toBe('<b>不是HTML</b>');
    expect(first.properties).toBe((PLOT_FEATURES[0] as { properties: unknown }).properties);
    expect(first.properties['联系电话']).toBe('0573-1234567');
  });
});

describe('loadPlots on input that is not a FeatureCollection', () => {
  it.each([
    ['null', null, 'file-not-geojson'],
    ['a string', 'hello', 'file-not-geojson'],
    ['a line', { type: 'LineString', coordinates: squareRing(120.5, 30.6) }, 'file-not-feature-collection'],
    ['a collection without features', { type: 'FeatureCollection' }, 'file-no-features'],
  ])('rejects %s with one file-level error and nothing loaded', (_label, input, code) => {
    const result = loadPlots(input);
    expect(result).toMatchObject({ plots: [], inputCount: 0, rejectedCount: 0 });
    expect(result.findings).toEqual([expect.objectContaining({ featureIndex: null, featureId: null, severity: 'error', code })]);
  });

  it('reads a single Feature or a bare array of features, with a file-level warning', () => {
    const feature = PLOT_FEATURES[0];
    for (const input of [feature, [feature, PLOT_FEATURES[5]]]) {
      const result = loadPlots(input);
      expect(result.findings[0]).toMatchObject({ featureIndex: null, severity: 'warning', code: 'file-not-feature-collection' });
      expect(result.plots.length + result.rejectedCount).toBe(result.inputCount);
    }
    expect(loadPlots([feature, PLOT_FEATURES[5]])).toMatchObject({ inputCount: 2, rejectedCount: 1 });
  });

  it('never throws and keeps loaded + rejected = input on odd features', () => {
    const odd = deepFreeze({
      type: 'FeatureCollection',
      features: [null, 42, [], {}, { type: 'Feature' }, { type: 'Feature', geometry: { type: 'Polygon' } }, { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[[]]] } }, { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[Number.NaN, 30], [120, Infinity], [120, 30], [Number.NaN, 30]]] } }],
    });
    const result = loadPlots(odd);
    expect(result).toMatchObject({ inputCount: 8, rejectedCount: 8, plots: [] });
    expect(result.findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(result.findings.map((finding) => finding.featureIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
