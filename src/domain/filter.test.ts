import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, compileFilter, filterPlots, isFilterActive, matchesFilter } from './filter';
import type { PlotFilter } from './filter';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE } from './summary-fixtures';

function idsMatching(fields: Partial<PlotFilter>): string[] {
  return filterPlots(FIXTURE_PLOTS, { ...EMPTY_FILTER, ...fields }, FIXTURE_REPORTING_DATE).map((plot) => plot.id);
}

describe('isFilterActive', () => {
  it('is inactive for the empty filter and blank text', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: '  ' })).toBe(false);
  });

  it('is active when any one field is set', () => {
    const fields: Partial<PlotFilter>[] = [
      { stages: ['signed'] },
      { industries: ['化工'] },
      { township: '史桥镇' },
      { village: '' },
      { categories: ['低散乱'] },
      { minAreaMu: 0 },
      { maxAreaMu: 10 },
      { overdueOnly: true },
      { text: '王' },
    ];
    for (const field of fields) expect(isFilterActive({ ...EMPTY_FILTER, ...field }), JSON.stringify(field)).toBe(true);
  });
});

describe('matching plots', () => {
  it('lets every plot through the empty filter', () => {
    expect(idsMatching({})).toHaveLength(12);
  });

  it('matches any of the chosen stages', () => {
    expect(idsMatching({ stages: ['signed', 'upgraded'] })).toEqual(['SQ-04', 'SQ-06', 'XC-01', 'HH-03']);
  });

  it('matches any of the chosen industries, exactly', () => {
    expect(idsMatching({ industries: ['化工', '砖瓦'] })).toEqual(['SQ-01', 'SQ-03', 'SQ-04', 'XC-01']);
    expect(idsMatching({ industries: [''] })).toEqual(['HH-02']);
  });

  it('matches the township and the village', () => {
    expect(idsMatching({ township: '新塍镇' })).toEqual(['XC-01', 'XC-02', 'XC-03']);
    expect(idsMatching({ village: '南湖村' })).toEqual(['SQ-03', 'SQ-04', 'XC-03']);
    expect(idsMatching({ township: '史桥镇', village: '南湖村' })).toEqual(['SQ-03', 'SQ-04']);
    expect(idsMatching({ village: '' })).toEqual(['SQ-05']);
  });

  it('matches plots that have any of the chosen categories', () => {
    expect(idsMatching({ categories: ['两高一低', '厂中厂'] })).toEqual(['SQ-01', 'SQ-06', 'XC-01']);
  });

  it('bounds the measured area, both ends inclusive', () => {
    expect(idsMatching({ minAreaMu: 20.25 })).toEqual(['SQ-02', 'SQ-04', 'XC-01']);
    expect(idsMatching({ maxAreaMu: 3.3 })).toEqual(['XC-02', 'HH-02']);
    expect(idsMatching({ minAreaMu: 8, maxAreaMu: 10 })).toEqual(['SQ-03', 'HH-01']);
  });

  it('keeps only overdue plots on request', () => {
    expect(idsMatching({ overdueOnly: true })).toEqual(['SQ-02', 'SQ-05', 'XC-01', 'HH-01', 'HH-02']);
  });

  it('finds text in the name, id, officer or village, ignoring case and surrounding blanks', () => {
    expect(idsMatching({ text: 'zhang' })).toEqual(['XC-03']);
    expect(idsMatching({ text: ' hh-0 ' })).toEqual(['HH-01', 'HH-02', 'HH-03']);
    expect(idsMatching({ text: '王建国' })).toEqual(['SQ-01', 'SQ-02', 'SQ-06']);
    expect(idsMatching({ text: '太平' })).toEqual(['XC-01', 'XC-02']);
    expect(idsMatching({ text: '企业SQ-05' })).toEqual(['SQ-05']);
    expect(idsMatching({ text: '化工' })).toEqual([]);
  });

  it('takes the text literally, symbols included', () => {
    expect(idsMatching({ text: '.' })).toEqual([]);
    expect(idsMatching({ text: 'SQ-0[12]' })).toEqual([]);
    expect(idsMatching({ text: '(' })).toEqual([]);
  });

  it('requires every field to match', () => {
    expect(idsMatching({ township: '史桥镇', categories: ['低散乱'], overdueOnly: true })).toEqual(['SQ-02']);
  });

  it('gives the same answer through matchesFilter and compileFilter', () => {
    const filter: PlotFilter = { ...EMPTY_FILTER, stages: ['accepted'], categories: ['低散乱'] };
    const compiled = compileFilter(filter, FIXTURE_REPORTING_DATE);
    for (const plot of FIXTURE_PLOTS) {
      expect(matchesFilter(plot, filter, FIXTURE_REPORTING_DATE)).toBe(compiled(plot));
    }
    expect(FIXTURE_PLOTS.filter(compiled).map((plot) => plot.id)).toEqual(['SQ-01', 'XC-03']);
  });
});
