import { describe, expect, it } from 'vitest';
import { deepFreeze, makePlot } from '../summary-fixtures';
import { dayNumber } from './day-number';
import { plotTimeline } from './plot-timeline';
import { trendSeries } from './trend';

const REPORTING = '2026-11-15';
const plots = deepFreeze([
  makePlot({ id: 'A', index: 0, township: '甲', areaMu: 10, stage: 'demolished', dates: { signedOn: '2026-02-01', demolishedOn: '2026-03-10' } }),
  makePlot({ id: 'B', index: 1, township: '乙', areaMu: 5, stage: 'signed', dates: { signedOn: '2026-03-01' } }),
  makePlot({ id: 'C', index: 2, township: '甲', areaMu: 2, stage: 'reclaimed', dates: { signedOn: '2026-01-05', demolishedOn: '2026-01-20', reclaimedOn: '2026-04-01' } }),
]);

describe('trendSeries', () => {
  const days = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'].map(dayNumber);
  it('is the cumulative mu reached by each day, per township', () => {
    const series = trendSeries(plots, plotTimeline(plots, REPORTING), '甲', days);
    expect(series.signedMu).toEqual([2, 12, 12, 12]);
    expect(series.demolishedMu).toEqual([2, 2, 12, 12]);
    expect(series.reclaimedMu).toEqual([0, 0, 0, 2]);
  });

  it('sums every township for the county', () => {
    expect(trendSeries(plots, plotTimeline(plots, REPORTING), null, days).signedMu).toEqual([2, 12, 17, 17]);
  });
});
