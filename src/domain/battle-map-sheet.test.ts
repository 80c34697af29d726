import { describe, expect, it } from 'vitest';
import { battleMapTitle, buildBattleMapSheet } from './battle-map-sheet';
import { DEFAULT_STAGES } from './stages';
import { deepFreeze, FIXTURE_PLOTS, FIXTURE_REPORTING_DATE, FIXTURE_TARGETS } from './summary-fixtures';
import type { Campaign } from './types';

const campaign: Campaign = deepFreeze({
  name: '退散进集攻坚行动',
  nameEn: 'Consolidation campaign',
  reportingDate: FIXTURE_REPORTING_DATE,
  stages: DEFAULT_STAGES.slice(),
  targets: FIXTURE_TARGETS,
  demo: true,
});

describe('buildBattleMapSheet', () => {
  it('numbers the township’s rows by village then id and marks overdue plots', () => {
    const sheet = buildBattleMapSheet(campaign, '史桥镇', FIXTURE_PLOTS, FIXTURE_PLOTS);
    expect(sheet.rows.map((row) => [row.number, row.plot.id, row.overdue])).toEqual([
      [1, 'SQ-03', false],
      [2, 'SQ-04', false],
      [3, 'SQ-01', false],
      [4, 'SQ-02', true],
      [5, 'SQ-06', false],
      [6, 'SQ-05', true],
    ]);
  });

  it('measures progress against the township’s own targets', () => {
    const sheet = buildBattleMapSheet(campaign, '史桥镇', FIXTURE_PLOTS, FIXTURE_PLOTS);
    expect(sheet.progress.signedMu).toEqual({ target: 50, done: 70.875, completion: 1.4175 });
    expect(sheet.progress.reclaimedMu.completion).toBeNull();
    expect(sheet.summary.plotCount).toBe(6);
  });

  it('breaks the plots down by village, plots and mu per stage', () => {
    const sheet = buildBattleMapSheet(campaign, '史桥镇', FIXTURE_PLOTS, FIXTURE_PLOTS);
    expect(sheet.villages.map((village) => [village.village, village.total.count, village.total.areaMu])).toEqual([
      ['南湖村', 2, 38.125],
      ['史桥村', 3, 40.5],
      ['', 1, 5.5],
    ]);
    expect(sheet.villages[1].byStage.accepted).toEqual({ count: 1, areaMu: 12.5 });
  });

  it('follows the filter but keeps each plot’s number', () => {
    const visible = FIXTURE_PLOTS.filter((plot) => plot.stage === 'accepted' || plot.stage === 'negotiating');
    const sheet = buildBattleMapSheet(campaign, '史桥镇', FIXTURE_PLOTS, visible);
    expect(sheet.rows.map((row) => [row.number, row.plot.id])).toEqual([[3, 'SQ-01'], [6, 'SQ-05']]);
    expect(sheet.summary.metrics.savedQuotaMu).toBe(12.5);
  });

  it('measures completion on all the township’s plots under a filter, with the filtered share beside it', () => {
    const unfiltered = buildBattleMapSheet(campaign, '史桥镇', FIXTURE_PLOTS, FIXTURE_PLOTS);
    const visible = FIXTURE_PLOTS.filter((plot) => plot.stage === 'accepted' || plot.stage === 'negotiating');
    const sheet = buildBattleMapSheet(campaign, '史桥镇', FIXTURE_PLOTS, visible);
    expect(sheet.progress).toEqual(unfiltered.progress);
    expect(sheet.progress.signedMu).toEqual({ target: 50, done: 70.875, completion: 1.4175 });
    expect(unfiltered.filteredShare).toBeNull();
    expect(sheet.filteredShare?.plotCount).toBe(2);
    expect(sheet.filteredShare?.metrics.savedQuotaMu).toBe(12.5);
    expect(sheet.filteredShare?.metrics.signedMu).toBe(12.5);
  });

  it('titles the sheet after the township and the campaign', () => {
    expect(battleMapTitle('史桥镇', campaign, 'zh')).toBe('史桥镇退散进集攻坚行动作战图');
    expect(battleMapTitle('史桥镇', campaign, 'en')).toBe('史桥镇 — Consolidation campaign battle map');
  });
});
