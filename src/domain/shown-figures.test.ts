import { describe, expect, it } from 'vitest';
import { compileFilter, EMPTY_FILTER } from './filter';
import { hiddenPlots } from './hidden-plots';
import { shownFigures } from './shown-figures';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE, FIXTURE_TARGETS } from './summary-fixtures';
import { summarizePlots } from './summarize';
import { progressByTownship, progressOfTownships } from './targets';

describe('shownFigures', () => {
  const filters = [
    EMPTY_FILTER,
    { ...EMPTY_FILTER, industries: ['化工'] },
    { ...EMPTY_FILTER, stages: ['signed' as const, 'demolished' as const] },
    { ...EMPTY_FILTER, text: '不存在的企业' },
  ];

  it('equals summarizePlots and progressByTownship over the plots the filter shows, to the last digit', () => {
    const targets = { ...FIXTURE_TARGETS, 无地块镇: { signedMu: 5 } };
    for (const filter of filters) {
      const visible = FIXTURE_PLOTS.filter(compileFilter(filter, FIXTURE_REPORTING_DATE));
      const figures = shownFigures(FIXTURE_PLOTS, hiddenPlots(FIXTURE_PLOTS, visible), FIXTURE_REPORTING_DATE);
      expect(figures.summary).toEqual(summarizePlots(visible, FIXTURE_REPORTING_DATE));
      expect(progressOfTownships(figures.byTownship, targets)).toEqual(progressByTownship(visible, targets));
    }
  });

  it('counts overdue plots against the reporting date it is given', () => {
    const all = hiddenPlots(FIXTURE_PLOTS, FIXTURE_PLOTS);
    const early = shownFigures(FIXTURE_PLOTS, all, '1990-01-01').summary.overdue.count;
    const late = shownFigures(FIXTURE_PLOTS, all, '2100-01-01').summary.overdue.count;
    expect(early).toBe(0);
    expect(late).toBe(summarizePlots(FIXTURE_PLOTS, '2100-01-01').overdue.count);
    expect(late).toBeGreaterThan(0);
  });
});
