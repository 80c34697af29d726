import { describe, expect, it } from 'vitest';
import { loadPlots } from '../../domain/load-plots';
import { PLOT_FEATURES } from '../../domain/test-fixtures/plot-features';
import { campaignArchive } from './campaign-archive';
import { archiveFiles, readCampaignArchive, type ParcelsLoader } from './open-campaign-archive';
import { DEFAULT_STAGES } from '../../domain/stages';

/** The parcels loaded as the loading worker would, here on the spot. */
const loadHere: ParcelsLoader = async (file) => loadPlots(JSON.parse(await file.text()));

async function reopen(bytes: Uint8Array) {
  const reopened = await readCampaignArchive(archiveFiles(bytes), 'saved.zip', loadHere);
  if (!reopened) throw new Error('not reopened');
  return reopened;
}

describe('saved campaign', () => {
  it('opens again as the same campaign: plots, targets, stages, outlines, field mapping', async () => {
    const { plots } = loadPlots({ type: 'FeatureCollection', features: PLOT_FEATURES });
    const townships = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { name: '史桥镇' }, geometry: { type: 'Polygon' as const, coordinates: [[[120, 30], [121, 30], [121, 31], [120, 30]]] } }] };
    const campaign = {
      name: '退散进集攻坚行动',
      nameEn: 'Consolidation',
      reportingDate: '2026-11-15',
      stages: DEFAULT_STAGES.map((stage) => (stage.key === 'signed' ? { ...stage, label: '腾退签约' } : stage)),
      targets: { 史桥镇: { signedMu: 250.1, savedQuotaMu: 170, enterprisesHandled: 40 } },
      demo: false,
    };
    const fieldMapping = { keyColumn: '地块编号', columns: { 联系电话: { kind: 'keep' as const } }, stageWords: { 已腾空: 'signed' as const } };
    const bytes = campaignArchive({ campaign, plots, townships, villages: null, fieldMapping }, { 'edits.json': '[]' });
    const files = archiveFiles(bytes);
    expect([...files.keys()].sort()).toEqual(['campaign.json', 'edits.json', 'field-mapping.json', 'parcels.geojson', 'townships.geojson']);
    const reopened = await reopen(bytes);
    expect(reopened.campaign).toEqual(campaign);
    expect(reopened.plots.map((plot) => plot.properties)).toEqual(plots.map((plot) => plot.properties));
    expect(reopened.plots.map((plot) => plot.geometry)).toEqual(plots.map((plot) => plot.geometry));
    expect(reopened.townships).toEqual(townships);
    expect(reopened.villages).toBeNull();
    expect(reopened.fieldMapping).toEqual(fieldMapping);
  });

  it('writes an edited plot’s fields into its parcels, under the file’s own columns', async () => {
    const { plots } = loadPlots({ type: 'FeatureCollection', features: PLOT_FEATURES });
    const campaign = { name: '退散进集攻坚行动', nameEn: '', reportingDate: '2026-11-15', stages: [...DEFAULT_STAGES], targets: {}, demo: false };
    const filePlot = plots[0];
    const edited = { ...filePlot, stage: 'accepted' as const, dates: { ...filePlot.dates, acceptedOn: '2026-11-20' } };
    const shown = [edited, ...plots.slice(1)];
    const fileVersion = (plot: typeof filePlot) => (plot === edited ? filePlot : undefined);
    const reopened = await reopen(campaignArchive({ campaign, plots: shown, townships: null, villages: null, fileVersion }));
    expect(reopened.plots[0].stage).toBe('accepted');
    expect(reopened.plots[0].dates.acceptedOn).toBe('2026-11-20');
    expect(reopened.plots.slice(1).map((plot) => plot.properties)).toEqual(plots.slice(1).map((plot) => plot.properties));
  });
});
