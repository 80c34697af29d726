import { describe, expect, it } from 'vitest';
import { filteredShareOf, filteredSharesByTownship } from './filtered-share';
import { StageCounter } from './metrics';
import { FIXTURE_PLOTS } from './summary-fixtures';
import { measureMetrics } from './metrics';

describe('filteredShareOf', () => {
  it('counts the plots, mu and metrics the filter shows', () => {
    const shown = FIXTURE_PLOTS.filter((plot) => plot.township === '史桥镇');
    const counter = new StageCounter();
    for (const plot of shown) counter.add(plot);
    const share = filteredShareOf(counter);
    expect(share.plotCount).toBe(shown.length);
    expect(share.areaMu).toBeCloseTo(shown.reduce((sum, plot) => sum + plot.areaMu, 0), 9);
    expect(share.metrics).toEqual(measureMetrics(shown));
  });

  it('is empty for a township none of whose plots pass', () => {
    const shares = filteredSharesByTownship(['史桥镇'], new Map());
    expect(shares.get('史桥镇')).toEqual({
      plotCount: 0,
      areaMu: 0,
      metrics: { signedMu: 0, demolishedMu: 0, reclaimedMu: 0, savedQuotaMu: 0, enterprisesHandled: 0 },
    });
  });
});
