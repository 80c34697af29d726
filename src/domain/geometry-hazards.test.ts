import { Geodesic } from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadPlots } from './load-plots';
import { deepFreeze } from './test-fixtures/deep-freeze';
import { GEOMETRY_HAZARDS, square } from './test-fixtures/geometry-hazards';

const CGCS2000 = new Geodesic.Geodesic(6378137, 1 / 298.257222101);

function geographicLibArea(ring: Position[]): number {
  const area = CGCS2000.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) area.AddPoint(lat, lon);
  const result = area.Compute(false, true).area;
  if (result === undefined) throw new Error('GeographicLib returned no area');
  return Math.abs(result);
}

describe('shapes whose area a plain sum of rings gets wrong', () => {
  it.each(GEOMETRY_HAZARDS.map((hazard) => [hazard.name, hazard] as const))('%s: named, and kept with the right area or rejected', (_name, hazard) => {
    const result = loadPlots({ type: 'FeatureCollection', features: [hazard.feature] });
    const codes = result.findings.map((finding) => [finding.severity, finding.code]);
    if (hazard.code === '') expect(codes).toEqual([]);
    else expect(codes).toEqual([[hazard.severity, hazard.code]]);
    if (hazard.keptRings === null) {
      expect(result).toMatchObject({ plots: [], rejectedCount: 1 });
      return;
    }
    expect(result.plots).toHaveLength(1);
    const reference = hazard.keptRings.reduce((sum, { ring, sign }) => sum + sign * geographicLibArea(ring), 0);
    expect(Math.abs(result.plots[0].areaM2 - reference) / reference).toBeLessThanOrEqual(hazard.relativeTolerance ?? 1e-6);
  });

  it('names the parts, holes and points in both languages', () => {
    const messages = loadPlots({ type: 'FeatureCollection', features: GEOMETRY_HAZARDS.map((hazard) => hazard.feature) }).findings;
    const message = (id: string) => messages.find((finding) => finding.featureId === id);
    expect(message('H-02')?.messageZh).toBe('第 2 个要素：第 1 部分与第 2 部分重叠，已将各部分合并，重叠处只计一次面积；地块已载入。');
    expect(message('H-04')?.messageZh).toBe('第 4 个要素：第 1 个内环在外环之外（若是飞地，应作为 MultiPolygon 的单独部分），扣除它会使面积偏小；该地块未载入。');
    expect(message('H-04')?.messageEn).toContain('hole 1 lies outside the outer ring');
    expect(message('H-07')?.messageEn).toContain('hole 2 and hole 1 lie one inside the other');
    expect(message('H-08')?.messageZh).toContain('第 2 部分第 1 个内环把第 2 部分外环整个围在里面');
    expect(message('H-09')?.messageZh).toContain('外环两次经过同一点（第 3 个点与第 7 个点重合');
    expect(message('H-10')?.messageEn).toContain('crosses the 180° meridian');
  });

  it('keeps the merged shape as the plot’s geometry, so that map and area agree', () => {
    const [halfOverlap] = GEOMETRY_HAZARDS.filter((hazard) => hazard.code === 'parts-overlap').slice(1, 2);
    const [plot] = loadPlots({ type: 'FeatureCollection', features: [halfOverlap.feature] }).plots;
    expect(plot.geometry.type).toBe('Polygon');
    expect(plot.geometry.coordinates).toHaveLength(1);
  });
});

describe('smaller truths', () => {
  it('takes the feature’s own GeoJSON id when no property holds the plot code, and reports repeats', () => {
    const result = loadPlots(
      deepFreeze({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 'CJ-7', properties: { stage: 'signed' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
          { type: 'Feature', id: 'CJ-7', properties: { stage: 'signed' }, geometry: { type: 'Polygon', coordinates: [square(2, 0, 1)] } },
          { type: 'Feature', id: 12, properties: { 地块编号: 'SQ-1', stage: 'signed' }, geometry: { type: 'Polygon', coordinates: [square(4, 0, 1)] } },
        ],
      }),
    );
    expect(result.plots.map((plot) => plot.id)).toEqual(['CJ-7', 'CJ-7', 'SQ-1']);
    expect(result.findings.map((finding) => [finding.featureIndex, finding.code])).toEqual([[1, 'id-duplicate']]);
  });

  it('names 1e400 as too large, in a coordinate and in a declared area', () => {
    const text = `{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"A","stage":"signed"},"geometry":{"type":"Polygon","coordinates":[[[1e400,30.6],[120.501,30.6],[120.501,30.601],[120.5,30.6]]]}},
      {"type":"Feature","properties":{"id":"B","stage":"signed","declared_area_mu":"1e400"},"geometry":{"type":"Polygon","coordinates":[[[120.5,30.6],[120.501,30.6],[120.501,30.601],[120.5,30.6]]]}},
      {"type":"Feature","properties":{"id":"C","stage":"signed","declared_area_mu":1e400},"geometry":{"type":"Polygon","coordinates":[[[120.5,30.6],[120.501,30.6],[120.501,30.601],[120.5,30.6]]]}}]}`;
    const result = loadPlots(JSON.parse(text));
    expect(result.findings.map((finding) => [finding.featureId, finding.code])).toEqual([
      ['A', 'coordinate-too-large'],
      ['B', 'number-too-large'],
      ['C', 'number-too-large'],
    ]);
    expect(result.findings[0].messageZh).toContain('超出可表示的数值范围（如 1e400）');
    expect(result.findings[0].messageEn).not.toContain('null');
    expect(result.plots.map((plot) => plot.declaredAreaMu)).toEqual([null, null]);
  });
});

describe('a bare geometry or a GeometryCollection file', () => {
  it('reads a bare Polygon as one plot, with a note', () => {
    const result = loadPlots(deepFreeze({ type: 'Polygon', coordinates: [square(0, 0, 1)] }));
    expect(result).toMatchObject({ inputCount: 1, rejectedCount: 0 });
    expect(result.findings.map((finding) => [finding.featureIndex, finding.severity, finding.code])).toEqual([
      [null, 'warning', 'file-bare-geometry'],
      [0, 'warning', 'id-missing'],
      [0, 'warning', 'stage-missing'],
    ]);
  });

  it('reads the polygons of a GeometryCollection as plots and names the rest', () => {
    const result = loadPlots(
      deepFreeze({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', coordinates: [square(0, 0, 1)] },
          { type: 'Point', coordinates: [120.5, 30.6] },
          { type: 'MultiPolygon', coordinates: [[square(2, 0, 1)]] },
        ],
      }),
    );
    expect(result).toMatchObject({ inputCount: 3, rejectedCount: 1 });
    expect(result.plots.map((plot) => plot.index)).toEqual([0, 2]);
    expect(result.findings[0]).toMatchObject({ featureIndex: null, severity: 'warning', code: 'file-geometry-collection' });
    expect(result.findings.filter((finding) => finding.severity === 'error').map((finding) => [finding.featureIndex, finding.code])).toEqual([[1, 'geometry-not-polygon']]);
  });
});

describe('nothing nested deep or drawn dense stalls the checks', () => {
  it('gives a finding for coordinates nested 10,000 deep, and loads a property nested as deep', () => {
    let nested: unknown = [120.5, 30.6];
    for (let depth = 0; depth < 10_000; depth++) nested = [nested];
    const result = loadPlots({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'deep' }, geometry: { type: 'Polygon', coordinates: nested } },
        { type: 'Feature', properties: { id: 'prop', stage: 'signed', 名称: nested, extra: nested }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
      ],
    });
    expect(result.findings.map((finding) => [finding.featureId, finding.code])).toEqual([['deep', 'geometry-malformed']]);
    expect(result.plots.map((plot) => plot.id)).toEqual(['prop']);
  });

  it('checks a square whose sides carry 200,000 collinear corners (all-pairs checks took minutes)', () => {
    const side = 50_000;
    const ring: Position[] = [];
    for (let step = 0; step < side; step++) ring.push([120.5 + (0.01 * step) / side, 30.6]);
    for (let step = 0; step < side; step++) ring.push([120.51, 30.6 + (0.01 * step) / side]);
    for (let step = 0; step < side; step++) ring.push([120.51 - (0.01 * step) / side, 30.61]);
    for (let step = 0; step < side; step++) ring.push([120.5, 30.61 - (0.01 * step) / side]);
    ring.push(ring[0]);
    const result = loadPlots({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'dense', stage: 'signed' }, geometry: { type: 'Polygon', coordinates: [ring] } }] });
    expect(result.findings).toEqual([]);
    expect(result.plots).toHaveLength(1);
    // Well above what a loaded machine needs (a few seconds), well below the minutes it took.
  }, 30_000);
});
