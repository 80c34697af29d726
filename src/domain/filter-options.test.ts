import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterPlots, type PlotFilter } from './filter';
import { filterOptions } from './filter-options';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE } from './summary-fixtures';

function optionsFor(fields: Partial<PlotFilter>) {
  return filterOptions(FIXTURE_PLOTS, { ...EMPTY_FILTER, ...fields }, FIXTURE_REPORTING_DATE);
}

function counted(list: { value: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(list.map(({ value, count }) => [value, count]));
}

describe('filterOptions', () => {
  it('counts every industry, the empty one last, with no filter', () => {
    const { industries } = optionsFor({});
    expect(counted(industries)).toEqual({ 化工: 3, 纺织: 3, 砖瓦: 1, 机械: 2, 电子元件: 1, 废品回收: 1, '': 1 });
    expect(industries.at(-1)?.value).toBe('');
  });

  it('counts an industry as the plots that would show if it were ticked too', () => {
    const filter = { township: '史桥镇', industries: ['化工'] };
    const { industries } = optionsFor(filter);
    expect(counted(industries)).toMatchObject({ 化工: 2, 纺织: 1, 废品回收: 0 });
    const withTextiles = filterPlots(FIXTURE_PLOTS, { ...EMPTY_FILTER, township: '史桥镇', industries: ['纺织'] }, FIXTURE_REPORTING_DATE);
    expect(withTextiles).toHaveLength(counted(industries).纺织);
  });

  it('offers only the chosen township’s villages', () => {
    const { villages, townships } = optionsFor({ township: '新塍镇' });
    expect(counted(villages)).toEqual({ 太平村: 2, 南湖村: 1 });
    expect(counted(townships)).toEqual({ 史桥镇: 6, 新塍镇: 3, 洪合镇: 3 });
  });

  it('counts stages and categories under the rest of the filter', () => {
    const { stages, categories } = optionsFor({ industries: ['纺织'], categories: ['四无企业'] });
    expect(stages.get('demolished')).toBe(1);
    expect(stages.get('accepted') ?? 0).toBe(0);
    expect(counted(categories)).toEqual({ 低散乱: 2, 四无企业: 1, 两高一低: 0, 僵尸企业: 0, 厂中厂: 0 });
  });

  it('keeps a chosen value that no plot has, so it can be unticked', () => {
    const { industries } = optionsFor({ industries: ['造纸'] });
    expect(industries.find((option) => option.value === '造纸')).toEqual({ value: '造纸', count: 0 });
  });
});
