import { describe, expect, it } from 'vitest';
import { KNOWN_PLOTS } from '../../../tests/fixtures/import-generator/known-plots';
import { importFixture, worstOffsetMetres } from './import-test-helpers';

describe('KML, KMZ and Ovital', () => {
  it.each(['ovital-gcj02.ovkml', 'ovital-gcj02.kml', 'ovital-gcj02.kmz'])('%s declares GCJ-02 and comes back within 0.5 m, saying so', async (name) => {
    const { bundle, result } = await importFixture(name);
    expect(bundle.layers[0].declaredSystem?.system).toEqual({ kind: 'gcj02' });
    expect(result.plots.map((plot) => plot.name)).toEqual(KNOWN_PLOTS.map((plot) => plot.name));
    expect(result.plots.map((plot) => plot.stage)).toEqual(['signed', 'demolished', 'listed', 'accepted']);
    expect(worstOffsetMetres(result.plots)).toBeLessThan(0.5);
    const codes = result.findings.map((finding) => finding.code);
    expect(codes).toContain('import-declared-system');
    expect(codes).toContain('import-offset');
  });

  it('reads a Google Earth KML as longitude/latitude without converting', async () => {
    const { bundle, result } = await importFixture('google-earth.kml');
    expect(bundle.layers[0].declaredSystem).toBeNull();
    expect(worstOffsetMetres(result.plots)).toBeLessThan(0.001);
    expect(result.findings.some((finding) => finding.code === 'import-offset')).toBe(false);
  });

  it('shows GCJ-02 outlines hundreds of metres off unless the user says they came from Amap', async () => {
    const asIs = await importFixture('amap-gcj02.kml');
    expect(worstOffsetMetres(asIs.result.plots)).toBeGreaterThan(100);
    const converted = await importFixture('amap-gcj02.kml', { kind: 'gcj02' });
    expect(worstOffsetMetres(converted.result.plots)).toBeLessThan(0.5);
  });
});
