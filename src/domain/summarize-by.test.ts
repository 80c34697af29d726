import { describe, expect, it } from 'vitest';
import { groupPlots } from './group-plots';
import { summarizeBy } from './summarize-by';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE, deepFreeze, makePlot } from './summary-fixtures';

function figures(key: Parameters<typeof summarizeBy>[1]) {
  const result: Record<string, [number, number]> = {};
  for (const [value, summary] of summarizeBy(FIXTURE_PLOTS, key, FIXTURE_REPORTING_DATE)) {
    result[value] = [summary.plotCount, Number(summary.areaMu.toFixed(9))];
  }
  return result;
}

describe('summarizeBy', () => {
  it('breaks down by township with every figure of a summary', () => {
    const byTownship = summarizeBy(FIXTURE_PLOTS, 'township', FIXTURE_REPORTING_DATE);
    expect([...byTownship.keys()]).toEqual(['史桥镇', '新塍镇', '洪合镇']);
    const shiqiao = byTownship.get('史桥镇');
    expect(shiqiao?.plotCount).toBe(6);
    expect(shiqiao?.areaMu).toBeCloseTo(84.125, 9);
    expect(shiqiao?.metrics.signedMu).toBeCloseTo(70.875, 9);
    expect(shiqiao?.metrics.enterprisesHandled).toBe(5);
    expect(shiqiao?.overdue).toEqual({ count: 2, areaMu: 25.75 });
    expect(byTownship.get('洪合镇')?.metrics.reclaimedMu).toBe(0);
  });

  it('counts a plot with several categories in each, and none under the empty value', () => {
    expect(figures('category')).toEqual({
      低散乱: [5, 57.7],
      两高一低: [2, 52.5],
      四无企业: [2, 18.025],
      '': [2, 32.2],
      僵尸企业: [1, 5.5],
      厂中厂: [1, 7.75],
    });
  });

  it('groups an empty village or industry under the empty value', () => {
    expect(figures('village')['']).toEqual([1, 5.5]);
    expect(figures('industry')['']).toEqual([1, 2.2]);
    expect(figures('industry')['化工']).toEqual([3, 60.625]);
  });

  it('groups villages by name, so pass one township’s plots for its village breakdown', () => {
    expect(figures('village')['南湖村']).toEqual([3, 53.175]);
    const shiqiaoPlots = FIXTURE_PLOTS.filter((plot) => plot.township === '史桥镇');
    expect(summarizeBy(shiqiaoPlots, 'village', FIXTURE_REPORTING_DATE).get('南湖村')?.plotCount).toBe(2);
  });

  it('breaks down by stage', () => {
    expect(figures('stage')).toEqual({
      accepted: [2, 27.55],
      reclaimed: [1, 20.25],
      demolished: [2, 18.025],
      signed: [2, 70],
      negotiating: [1, 5.5],
      upgraded: [2, 14.35],
      listed: [2, 5.5],
    });
  });
});

describe('groupPlots', () => {
  it('keeps plots in their original order within a group', () => {
    const ids = groupPlots(FIXTURE_PLOTS, 'industry').get('纺织')?.map((plot) => plot.id);
    expect(ids).toEqual(['SQ-02', 'XC-03', 'HH-01']);
  });

  it('counts a category listed twice on one plot once', () => {
    const plots = deepFreeze([makePlot({ id: 'a', categories: ['低散乱', '低散乱'] })]);
    expect(groupPlots(plots, 'category').get('低散乱')).toHaveLength(1);
  });
});
