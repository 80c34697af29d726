import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterPlots, type PlotFilter } from './filter';
import { filterByFacets } from './plot-facets';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE } from './summary-fixtures';

/** Every single criterion, then pairs of them: what filterByFacets must agree with filterPlots on. */
const CRITERIA: Partial<PlotFilter>[] = [
  {},
  { stages: ['signed'] },
  { stages: ['accepted', 'listed'] },
  { industries: ['化工'] },
  { industries: ['纺织', ''] },
  { industries: ['没有这个行业'] },
  { township: '史桥镇' },
  { township: '' },
  { village: '史桥村' },
  { categories: ['低散乱'] },
  { categories: ['两高一低', '没有这个类别'] },
  { minAreaMu: 10 },
  { maxAreaMu: 15.5 },
  { overdueOnly: true },
  { text: '王' },
];

describe('filterByFacets', () => {
  it('finds exactly the plots filterPlots finds, in file order, for every criterion and every pair', () => {
    const ids = (plots: readonly { id: string }[]) => plots.map((plot) => plot.id);
    for (const first of CRITERIA) {
      for (const second of CRITERIA) {
        const filter = { ...EMPTY_FILTER, ...first, ...second };
        expect(ids(filterByFacets(FIXTURE_PLOTS, filter, FIXTURE_REPORTING_DATE)), JSON.stringify(filter)).toEqual(
          ids(filterPlots(FIXTURE_PLOTS, filter, FIXTURE_REPORTING_DATE)),
        );
      }
    }
  });
});
