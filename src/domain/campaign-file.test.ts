import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from './campaign-file';
import { deepFreeze } from './summary-fixtures';
import { DEFAULT_STAGES } from './stages';

const VALID = deepFreeze({
  name: '退散进集攻坚行动',
  name_en: 'Scattered workshops into parks',
  demo: true,
  reporting_date: '2026-11-15',
  parcels: 'parcels.geojson',
  townships: 'townships.geojson',
  villages: 'villages.geojson',
  stages: [
    { key: 'listed', label: '未启动', label_en: 'Listed', color: '#aaaaaa' },
    { key: 'accepted', color: '#123' },
  ],
  targets: {
    史桥镇: { signed_mu: 250.1, demolished_mu: 170.1, reclaimed_mu: 180, saved_quota_mu: 170, enterprises_handled: 40 },
    新塍镇: { signed_mu: 100 },
  },
});

function problemsOf(input: unknown): { zh: string; en: string } {
  const result = parseCampaignFile(input);
  if (result.ok) throw new Error('expected the file to be rejected');
  return { zh: result.messageZh, en: result.messageEn };
}

describe('parseCampaignFile', () => {
  it('reads every field of a valid file', () => {
    const result = parseCampaignFile(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.parcels).toBe('parcels.geojson');
    expect(result.file.townships).toBe('townships.geojson');
    expect(result.file.villages).toBe('villages.geojson');
    const { campaign } = result.file;
    expect(campaign.name).toBe('退散进集攻坚行动');
    expect(campaign.nameEn).toBe('Scattered workshops into parks');
    expect(campaign.demo).toBe(true);
    expect(campaign.reportingDate).toBe('2026-11-15');
    expect(campaign.targets).toEqual({
      史桥镇: { signedMu: 250.1, demolishedMu: 170.1, reclaimedMu: 180, savedQuotaMu: 170, enterprisesHandled: 40 },
      新塍镇: { signedMu: 100 },
    });
  });

  it('merges renamed and recoloured stages into the defaults by key, keeping their order', () => {
    const result = parseCampaignFile(VALID);
    if (!result.ok) throw new Error(result.messageEn);
    const stages = result.file.campaign.stages;
    expect(stages.map((stage) => stage.key)).toEqual(DEFAULT_STAGES.map((stage) => stage.key));
    expect(stages[0]).toEqual({ key: 'listed', label: '未启动', labelEn: 'Listed', color: '#aaaaaa' });
    expect(stages[5]).toEqual({ ...DEFAULT_STAGES[5], color: '#123' });
    expect(stages[2]).toEqual(DEFAULT_STAGES[2]);
  });

  it('uses the default stages, no targets and no boundaries when those are left out', () => {
    const result = parseCampaignFile({ name: '腾笼换鸟', reporting_date: '2026-01-31', parcels: 'p.geojson' });
    if (!result.ok) throw new Error(result.messageEn);
    expect(result.file.campaign.stages).toEqual(DEFAULT_STAGES);
    expect(result.file.campaign.targets).toEqual({});
    expect(result.file.campaign.demo).toBe(false);
    expect(result.file.campaign.nameEn).toBe('');
    expect(result.file.townships).toBeNull();
    expect(result.file.villages).toBeNull();
  });

  it('reads accepted_mu as the saved quota target', () => {
    const result = parseCampaignFile({ ...VALID, targets: { 洪合镇: { accepted_mu: 12 } } });
    if (!result.ok) throw new Error(result.messageEn);
    expect(result.file.campaign.targets).toEqual({ 洪合镇: { savedQuotaMu: 12 } });
  });

  it('rejects what is not an object without throwing', () => {
    for (const input of [null, 'text', 42, [], undefined]) {
      expect(problemsOf(input).en).toBe('The campaign file must be a JSON object');
    }
  });

  it('names each missing or malformed field, in both languages, all at once', () => {
    const { zh, en } = problemsOf({ reporting_date: '2026-02-30', stages: 'all', demo: 'yes' });
    expect(en).toContain('"name"');
    expect(en).toContain('"reporting_date"');
    expect(en).toContain('"parcels"');
    expect(en).toContain('"stages" must be a list');
    expect(en).toContain('"demo"');
    expect(zh).toContain('缺少 "name"');
    expect(zh).toContain('截至日期');
  });

  it('rejects unknown stage keys, repeated stages and bad colours', () => {
    expect(problemsOf({ ...VALID, stages: [{ key: 'started' }] }).en).toContain('stages[0]: key "started" is not a known stage');
    expect(problemsOf({ ...VALID, stages: [{ key: 'signed' }, { key: 'signed' }] }).en).toContain('stages[1]: stage "signed" appears twice');
    expect(problemsOf({ ...VALID, stages: [{ key: 'signed', color: 'orange' }] }).zh).toContain('stages[0].color');
    expect(problemsOf({ ...VALID, stages: [{ key: 'signed', label: '' }] }).en).toContain('stages[0].label must be non-empty text');
  });

  it('rejects negative, non-numeric and unknown targets, naming the township', () => {
    expect(problemsOf({ ...VALID, targets: { 史桥镇: { signed_mu: -1 } } }).en).toContain('targets["史桥镇"].signed_mu must be a number, 0 or more');
    expect(problemsOf({ ...VALID, targets: { 史桥镇: { signed_mu: '250' } } }).zh).toContain('targets["史桥镇"].signed_mu');
    expect(problemsOf({ ...VALID, targets: { 史桥镇: { signed: 250 } } }).en).toContain('"signed" is not a known metric');
    expect(problemsOf({ ...VALID, targets: { 史桥镇: 250 } }).en).toContain('targets["史桥镇"] must be an object');
    expect(problemsOf({ ...VALID, targets: [] }).en).toContain('"targets" must be an object');
    expect(problemsOf({ ...VALID, targets: { 史桥镇: { saved_quota_mu: 1, accepted_mu: 2 } } }).en).toContain('disagree');
  });

  it('keeps a target of 0 and treats null as no target', () => {
    const result = parseCampaignFile({ ...VALID, targets: { 史桥镇: { signed_mu: 0, demolished_mu: null } } });
    if (!result.ok) throw new Error(result.messageEn);
    expect(result.file.campaign.targets).toEqual({ 史桥镇: { signedMu: 0 } });
  });

  it('treats township names like __proto__ as plain names', () => {
    const input: unknown = JSON.parse('{"name":"x","reporting_date":"2026-11-15","parcels":"p","targets":{"__proto__":{"signed_mu":5},"constructor":{"signed_mu":6}}}');
    const result = parseCampaignFile(input);
    if (!result.ok) throw new Error(result.messageEn);
    expect(Object.keys(result.file.campaign.targets)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(result.file.campaign.targets)).toBe(Object.prototype);
    expect(problemsOf({ ...VALID, targets: { 史桥镇: { toString: 1 } } }).en).toContain('"toString" is not a known metric');
  });
});
