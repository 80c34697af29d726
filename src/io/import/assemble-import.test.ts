import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../domain/stages';
import { assembleImport, type CampaignData } from './assemble-import';
import { fixtureFiles, importThroughPipeline, readFixture } from './import-test-helpers';
import type { ImportLayerChoice } from '../worker/protocol';

function campaignWith(townshipNames: string[]): CampaignData {
  return {
    campaign: { name: '行动', nameEn: '', reportingDate: '2026-11-15', stages: [...DEFAULT_STAGES], targets: { 史桥镇: { signedMu: 10 } }, demo: false },
    plots: [],
    findings: [],
    inputCount: 0,
    rejectedCount: 0,
    townships: { type: 'FeatureCollection', features: townshipNames.map((name) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } })) },
    villages: null,
    source: 'test',
  };
}

async function importedCpgGbk() {
  const { layers } = await readFixture('cpg-gbk/');
  const choices: ImportLayerChoice[] = [{ name: layers[0].name, role: 'parcels', encoding: null, system: { kind: 'lonlat' } }];
  return (await importThroughPipeline(fixtureFiles('cpg-gbk/'), choices)).imported;
}

describe('assembleImport', () => {
  it('keeps the campaign and its outlines when they name the plots’ townships', async () => {
    const current = campaignWith(['史桥镇']);
    const { data } = assembleImport(current, await importedCpgGbk(), [], [], 'replace', 'x');
    expect(data.townships).toBe(current.townships);
    expect(data.campaign.targets).toEqual(current.campaign.targets);
    expect(data.plots).toHaveLength(4);
  });

  it('draws outlines from the plots’ fields when there are none for them', async () => {
    const { data } = assembleImport(campaignWith(['别的镇']), await importedCpgGbk(), [], [], 'replace', 'x');
    expect(data.townships?.features.map((feature) => feature.properties?.name)).toEqual(['史桥镇', '长安镇']);
    expect(data.findings.some((finding) => finding.code === 'outlines-from-plots')).toBe(true);
  });

  it('adds plots after the current ones with their own feature numbers', async () => {
    const imported = await importedCpgGbk();
    const first = assembleImport(campaignWith(['史桥镇']), imported, [], [], 'replace', 'x').data;
    const { data } = assembleImport(first, imported, [], [], 'add', 'y');
    expect(data.plots.map((plot) => plot.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(data.inputCount).toBe(8);
    expect(data.findings.filter((finding) => finding.code === 'import-id-repeats')).toHaveLength(4);
  });
});

describe('a new, empty campaign', () => {
  it('takes its outlines from the plots’ fields, and draws them again as plots are added', async () => {
    const imported = await importedCpgGbk();
    const empty = { ...campaignWith([]), townships: null };
    const first = assembleImport(empty, { ...imported, plots: imported.plots.slice(0, 2), inputCount: 2 }, [], [], 'add', 'x').data;
    const firstNames = first.townships?.features.map((feature) => feature.properties?.name);
    const second = assembleImport(first, imported, [], [], 'add', 'y').data;
    expect(second.townships?.features.map((feature) => feature.properties?.name)).toEqual(['史桥镇', '长安镇']);
    expect(firstNames).toEqual(['史桥镇']);
    expect(second.villages?.features.length).toBeGreaterThan(0);
  });

  it('takes imported boundary files over outlines drawn from the plots', async () => {
    const imported = await importedCpgGbk();
    const boundary = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { name: '史桥镇' }, geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }] };
    const { data } = assembleImport({ ...campaignWith([]), townships: null }, { ...imported, townships: boundary }, [], [], 'replace', 'x');
    expect(data.townships).toBe(boundary);
  });
});
