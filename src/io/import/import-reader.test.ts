import { describe, expect, it } from 'vitest';
import type { ImportLayerChoice } from '../worker/protocol';
import { fixtureFiles, importThroughPipeline, readFixture, worstOffsetMetres } from './import-test-helpers';
import { firstDbfRecords } from './preview-bundle';
import { readDbfRecords } from './read-dbf';

const GK_ZONE_40 = { kind: 'gauss-kruger', epsg: 4528, towgs84: null } as const;

describe('importing in the loading worker', () => {
  it('converts a Gauss-Krüger Shapefile as the preview settled, the bar reaching the end', async () => {
    const { layers } = await readFixture('gk3-zone40-no-prj/');
    const choices: ImportLayerChoice[] = [{ name: layers[0].name, role: 'parcels', encoding: null, system: GK_ZONE_40 }];
    const { imported, messages } = await importThroughPipeline(fixtureFiles('gk3-zone40-no-prj/'), choices);
    expect(imported.plots).toHaveLength(4);
    expect(worstOffsetMetres(imported.plots)).toBeLessThan(0.01);
    expect(imported.findings.map((finding) => finding.messageZh).join('\n')).toContain('坐标由 CGCS2000 高斯-克吕格 3°分带');
    const shares = messages.flatMap((message) => (message.type === 'progress' && message.totalBytes ? [message.doneBytes / message.totalBytes] : []));
    expect(shares.at(-1)).toBe(1);
  });

  it('hands boundary layers back as outlines, named, and notes a skipped layer', async () => {
    const { layers } = await readFixture('cpg-gbk/');
    const asTownships: ImportLayerChoice[] = [{ name: layers[0].name, role: 'townships', encoding: null, system: { kind: 'lonlat' } }];
    const { imported } = await importThroughPipeline(fixtureFiles('cpg-gbk/'), asTownships);
    expect(imported.plots).toEqual([]);
    expect(imported.townships?.features).toHaveLength(4);
    expect(imported.townships?.features.every((feature) => typeof feature.properties?.name === 'string')).toBe(true);

    const skipped = await importThroughPipeline(fixtureFiles('cpg-gbk/'), [{ ...asTownships[0], role: 'skip' }]);
    expect(skipped.imported.findings.map((finding) => finding.code)).toContain('import-skipped');
  });

  it('reads the attributes in the encoding chosen in the preview', async () => {
    const { layers } = await readFixture('cpg-gbk/');
    const choices: ImportLayerChoice[] = [{ name: layers[0].name, role: 'parcels', encoding: 'utf-8', system: { kind: 'lonlat' } }];
    const { imported } = await importThroughPipeline(fixtureFiles('cpg-gbk/'), choices);
    expect(imported.plots.map((plot) => plot.name)).not.toContain('宏发织造有限公司');
    const gbk = await importThroughPipeline(fixtureFiles('cpg-gbk/'), [{ ...choices[0], encoding: 'gbk' }]);
    expect(gbk.imported.plots.map((plot) => plot.name)).toContain('宏发织造有限公司');
  });

  it('refuses files that differ from those previewed', async () => {
    const choices: ImportLayerChoice[] = [{ name: 'other.shp', role: 'parcels', encoding: null, system: { kind: 'lonlat' } }];
    await expect(importThroughPipeline(fixtureFiles('cpg-gbk/'), choices)).rejects.toThrow(/differ from those previewed/);
  });

  it('opens a Shapefile with no preview only when its coordinates need no confirming', async () => {
    const withPrj = await importThroughPipeline(fixtureFiles('gk3-cm120-prj/'), null);
    expect(worstOffsetMetres(withPrj.imported.plots)).toBeLessThan(0.01);
    await expect(importThroughPipeline(fixtureFiles('gk3-cm120-no-prj/'), null)).rejects.toThrow(/needs confirming/);
  });
});

describe('the preview', () => {
  it('keeps the attribute table’s first rows only, still readable', async () => {
    const { layers } = await readFixture('cpg-gbk/');
    const dbf = layers[0].dbf;
    if (!dbf) throw new Error('no dbf');
    const first = readDbfRecords(firstDbfRecords(dbf, 2), 'gbk');
    expect(first).toEqual(readDbfRecords(dbf, 'gbk').slice(0, 2));
  });
});
