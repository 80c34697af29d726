import { describe, expect, it } from 'vitest';
import type { Trend } from '../../state/time-selectors';
import { trendChartLayout } from './trend-chart-layout';

const trend: Trend = {
  dates: ['2026-07-01', '2026-12-31'],
  series: { signedMu: [100, 200], demolishedMu: [0, 50], reclaimedMu: [0, 0] },
  targets: { signedMu: 400, demolishedMu: 100 },
  yearStart: '2026-01-01',
  yearEnd: '2026-12-31',
  asOf: '2026-12-31',
  elapsed: [182 / 365, 1],
};
const box = { width: 465, height: 260, left: 50, right: 50, top: 10, bottom: 50 };

describe('trendChartLayout', () => {
  it('puts the year along x and mu up y, up to a round value above the largest target', () => {
    const layout = trendChartLayout(trend, box);
    expect(layout.plot).toEqual({ x0: 50, x1: 415, y0: 210, y1: 10 });
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 100, 200, 300, 400]);
    expect(layout.months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(layout.asOfX).toBeCloseTo(415, 6);
  });

  it('draws done by week, the target across the year and the time-proportional line from 0 to the target', () => {
    const signed = trendChartLayout(trend, box).lines[0];
    expect(signed.done[1]).toEqual([415, 110]);
    expect(signed.target).toEqual([[50, 10], [415, 10]]);
    expect(signed.pace).toEqual([[50, 210], [415, 10]]);
    expect(trendChartLayout(trend, box).lines[2].target).toBeNull();
  });
});
