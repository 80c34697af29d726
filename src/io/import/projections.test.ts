import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PROJECTIONS } from '../../../tests/fixtures/import-generator/build-fixtures';
import { GAUSS_KRUGER_ZONES, proj4Definition, zoneByEpsg } from './projections';

describe('Gauss-Krüger zone table', () => {
  it('holds the 64 CGCS2000 zones EPSG 4491–4554 once each', () => {
    const cgcs = GAUSS_KRUGER_ZONES.filter((zone) => zone.datum === 'cgcs2000').map((zone) => zone.epsg).sort((a, b) => a - b);
    expect(cgcs).toEqual(Array.from({ length: 64 }, (_, position) => 4491 + position));
  });

  it.each([
    [4528, 'EPSG:4528'],
    [4549, 'EPSG:4549'],
    [4499, 'EPSG:4499'],
    [2364, 'EPSG:2364'],
  ] as const)('EPSG:%i projects as the registry definition does', (epsg, reference) => {
    const zone = zoneByEpsg(epsg);
    if (!zone) throw new Error(`EPSG:${epsg} missing`);
    const ours = proj4('WGS84', proj4Definition(zone)).forward([120.52, 30.05]);
    const registry = proj4('WGS84', REFERENCE_PROJECTIONS[reference]).forward([120.52, 30.05]);
    expect(Math.hypot(ours[0] - registry[0], ours[1] - registry[1])).toBeLessThan(0.001);
  });

  it('applies seven parameters to Xi\u2019an 1980 only', () => {
    const xian = zoneByEpsg(2364);
    const cgcs = zoneByEpsg(4528);
    if (!xian || !cgcs) throw new Error('zones missing');
    const parameters = [-12.3, 45.6, 78.9, 0.1, -0.2, 0.3, 1.5] as const;
    expect(proj4Definition(xian, parameters)).toContain('+towgs84=-12.3,45.6,78.9,0.1,-0.2,0.3,1.5');
    expect(proj4Definition(cgcs, parameters)).not.toContain('towgs84');
  });
});
