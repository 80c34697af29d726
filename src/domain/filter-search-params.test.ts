import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from './filter';
import type { PlotFilter } from './filter';
import { filterFromSearchParams, filterToSearchParams } from './filter-search-params';
import { deepFreeze } from './summary-fixtures';

const FULL: PlotFilter = deepFreeze({
  stages: ['signed', 'demolished'],
  industries: ['化工', '纺织, 印染'],
  township: '史桥镇',
  village: '南湖村',
  categories: ['低散乱', '厂中厂'],
  minAreaMu: 2.5,
  maxAreaMu: 100,
  overdueOnly: true,
  text: '王 & 李?',
});

describe('filter in the URL', () => {
  it('comes back unchanged, commas and symbols included', () => {
    const params = filterToSearchParams(FULL, new URLSearchParams());
    expect(filterFromSearchParams(new URLSearchParams(params.toString()))).toEqual(FULL);
  });

  it('uses short readable keys', () => {
    const params = filterToSearchParams(FULL, new URLSearchParams());
    expect([...params.keys()]).toEqual(['stage', 'stage', 'industry', 'industry', 'town', 'village', 'cat', 'cat', 'min', 'max', 'overdue', 'q']);
    expect(params.getAll('stage')).toEqual(['signed', 'demolished']);
    expect(params.get('overdue')).toBe('1');
    expect(params.get('min')).toBe('2.5');
  });

  it('writes nothing for the empty filter and reads the empty filter from nothing', () => {
    expect(filterToSearchParams(EMPTY_FILTER, new URLSearchParams()).toString()).toBe('');
    expect(filterFromSearchParams(new URLSearchParams())).toEqual(EMPTY_FILTER);
  });

  it('keeps other parameters and replaces an earlier filter', () => {
    const params = new URLSearchParams('view=township&stage=listed&q=old');
    filterToSearchParams({ ...EMPTY_FILTER, stages: ['accepted'] }, params);
    expect(params.toString()).toBe('view=township&stage=accepted');
  });

  it('round-trips an empty village and a minimum of 0', () => {
    const filter: PlotFilter = { ...EMPTY_FILTER, village: '', minAreaMu: 0 };
    const params = filterToSearchParams(filter, new URLSearchParams());
    expect(filterFromSearchParams(new URLSearchParams(params.toString()))).toEqual(filter);
  });

  it('reads comma-separated stages, drops unknown stages, repeats and unreadable numbers', () => {
    const filter = filterFromSearchParams(new URLSearchParams('stage=signed,bogus&stage=signed&min=abc&max=&overdue=0&cat=a&cat=a'));
    expect(filter.stages).toEqual(['signed']);
    expect(filter.minAreaMu).toBeNull();
    expect(filter.maxAreaMu).toBeNull();
    expect(filter.overdueOnly).toBe(false);
    expect(filter.categories).toEqual(['a']);
  });
});
