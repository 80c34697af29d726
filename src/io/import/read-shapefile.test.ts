import { describe, expect, it } from 'vitest';
import { KNOWN_PLOTS } from '../../../tests/fixtures/import-generator/known-plots';
import { importFixture, worstOffsetMetres } from './import-test-helpers';

const EXPECTED_NAMES = KNOWN_PLOTS.map((plot) => plot.name);

describe('Shapefile attribute text', () => {
  it.each([
    ['cpg-ansi936/', 'gbk', 'cpg'],
    ['cpg-gbk/', 'gbk', 'cpg'],
    ['cpg-cp936/', 'gbk', 'cpg'],
    ['cpg-gb2312/', 'gbk', 'cpg'],
    ['cpg-utf8/', 'utf-8', 'cpg'],
    ['cpg-65001/', 'utf-8', 'cpg'],
    ['ldid-4d/', 'gbk', 'ldid'],
    ['ldid-57-gbk/', 'gbk', 'gbk-fallback'],
    ['no-cpg-utf8/', 'utf-8', 'utf8-probe'],
  ])('%s reads the Chinese exactly (%s, from %s)', async (prefix, encoding, source) => {
    const { bundle, result } = await importFixture(prefix);
    expect(bundle.layers[0].encoding).toMatchObject({ encoding, source });
    expect(result.plots.map((plot) => plot.name)).toEqual(EXPECTED_NAMES);
    expect(result.plots.map((plot) => plot.village)).toEqual(KNOWN_PLOTS.map((plot) => plot.village));
    expect(result.plots.map((plot) => plot.id)).toEqual(KNOWN_PLOTS.map((plot) => plot.id));
    expect(result.findings.some((finding) => finding.code === 'import-encoding')).toBe(true);
  });
});

describe('Shapefile coordinates', () => {
  it.each([
    ['gk3-zone40-prj-cpg936.zip', 4513 + 15, false],
    ['gk3-zone40-ogc-prj/', 4528, false],
    ['gk3-zone40-no-prj/', 4528, true],
    ['gk3-cm120-prj/', 4549, false],
    ['gk6-zone21-no-prj/', 4499, true],
    ['xian80-zone40-prj/', 2364, false],
  ])('%s is read as EPSG:%i and placed within 0.01 m', async (prefix, epsg, confirm) => {
    const { detection, result } = await importFixture(prefix);
    expect(detection.system).toEqual({ kind: 'gauss-kruger', epsg, towgs84: null });
    expect(detection.confirm).toBe(confirm);
    expect(result.rejectedCount).toBe(0);
    expect(worstOffsetMetres(result.plots)).toBeLessThan(0.01);
    expect(result.findings.some((finding) => finding.code === 'import-projection')).toBe(true);
  });

  it('asks for the central meridian of a 6-digit easting and suggests one from the campaign', async () => {
    const { detection } = await importFixture('gk3-cm120-no-prj/', { kind: 'gauss-kruger', epsg: 4549, towgs84: null });
    expect(detection.system).toBeNull();
    expect(detection.suggestedCentralMeridian).toBe(120);
  });

  it('places a 6-digit easting within 0.01 m once the central meridian is chosen', async () => {
    const { result } = await importFixture('gk3-cm120-no-prj/', { kind: 'gauss-kruger', epsg: 4549, towgs84: null });
    expect(worstOffsetMetres(result.plots)).toBeLessThan(0.01);
  });

  it("warns that Xi'an 1980 without local parameters can be tens of metres off", async () => {
    const { result } = await importFixture('xian80-zone40-prj/');
    const datum = result.findings.find((finding) => finding.code === 'import-datum');
    expect(datum?.messageZh).toContain('数十米');
  });

  it('reads a .prj outside the built-in table through its WKT', async () => {
    const { detection, result } = await importFixture('local-cm120.5-prj/');
    expect(detection.system?.kind).toBe('wkt');
    expect(worstOffsetMetres(result.plots)).toBeLessThan(0.01);
  });

  it('keeps areas per stage as the ledger shows them', async () => {
    const reference = await importFixture('cpg-gbk/');
    const projected = await importFixture('gk3-zone40-prj-cpg936.zip');
    const byStage = (plots: typeof reference.result.plots) => Object.fromEntries(plots.map((plot) => [plot.stage, plot.areaMu]));
    const expected = byStage(reference.result.plots);
    const actual = byStage(projected.result.plots);
    expect(Object.keys(actual).sort()).toEqual(['accepted', 'demolished', 'listed', 'signed']);
    for (const stage of Object.keys(expected)) expect(actual[stage]).toBeCloseTo(expected[stage], 4);
  });
});
