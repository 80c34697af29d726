import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../tests/fixtures/import-generator/gbk';
import { KNOWN_PLOTS } from '../../../tests/fixtures/import-generator/known-plots';
import { convertGeometry } from './convert-coordinates';
import { fixtureFiles, metresBetween } from './import-test-helpers';
import { readImportFiles } from './read-import-files';

const geoJson = (properties: Record<string, string>, coordinates: number[][][]) =>
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } }] });

describe('readImportFiles', () => {
  it('recognises a GBK GeoJSON and reads its Chinese exactly', async () => {
    const bytes = encodeGbk(geoJson({ 企业名称: '宏发织造有限公司', 状态: '已签约' }, KNOWN_PLOTS[0].rings));
    const { layers } = await readImportFiles([{ name: 'gbk.geojson', bytes }]);
    expect(layers[0].encoding).toMatchObject({ encoding: 'gbk', source: 'gbk-fallback' });
    expect(layers[0].features[0].properties).toEqual({ 企业名称: '宏发织造有限公司', 状态: '已签约' });
  });

  it('tells a Shapefile renamed .geojson from GeoJSON, and says what to do', async () => {
    const [shp] = fixtureFiles('cpg-gbk/').filter((file) => file.name.endsWith('.shp'));
    const { layers, refused } = await readImportFiles([{ name: 'parcels.geojson', bytes: shp.bytes }]);
    expect(layers).toEqual([]);
    expect(refused[0].zh).toContain('是 Shapefile 的 .shp 文件');
  });

  it('reads valid GeoJSON named .txt', async () => {
    const bytes = new TextEncoder().encode(geoJson({ name: 'A' }, KNOWN_PLOTS[0].rings));
    const { layers } = await readImportFiles([{ name: '地块.txt', bytes }]);
    expect(layers).toHaveLength(1);
  });

  it('refuses .xls and .ovobj with what to do instead, and a .dbf without its .shp', async () => {
    const { refused } = await readImportFiles([
      { name: '台账.xls', bytes: new Uint8Array([0xd0, 0xcf]) },
      { name: '标注.ovobj', bytes: new Uint8Array([1, 2]) },
      { name: '孤表.dbf', bytes: new Uint8Array(40) },
    ]);
    expect(refused.map((refusal) => refusal.zh).join('\n')).toMatch(/另存为.*\.xlsx[\s\S]*导出为 KML[\s\S]*缺少同名的 \.shp/);
  });
});

describe('BD-09', () => {
  it('comes back from Baidu coordinates within 0.5 m', () => {
    const ring = KNOWN_PLOTS[0].rings[0];
    const baidu = ring.map(([x, y]) => gcoord.transform([x, y], gcoord.WGS84, gcoord.BD09));
    const back = convertGeometry({ type: 'Polygon', coordinates: [baidu] }, { kind: 'bd09' });
    const worst = Math.max(...back.coordinates[0].map((position, index) => metresBetween(position, ring[index])));
    expect(worst).toBeLessThan(0.5);
    expect(Math.max(...baidu.map((position, index) => metresBetween(position, ring[index])))).toBeGreaterThan(100);
  });
});
