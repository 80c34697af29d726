import { describe, expect, it } from 'vitest';
import { FIXTURE_PLOTS } from './summary-fixtures';
import { hiddenPlots, isHidden } from './hidden-plots';

describe('hiddenPlots', () => {
  it('hides nothing when every plot shows', () => {
    const hidden = hiddenPlots(FIXTURE_PLOTS, FIXTURE_PLOTS);
    expect(hidden.count).toBe(0);
    expect(FIXTURE_PLOTS.some((plot) => isHidden(hidden, plot.index))).toBe(false);
  });

  it('hides exactly the plots the filter dropped', () => {
    const visible = FIXTURE_PLOTS.filter((plot) => plot.industry === '化工');
    const hidden = hiddenPlots(FIXTURE_PLOTS, visible);
    expect(hidden.count).toBe(FIXTURE_PLOTS.length - visible.length);
    for (const plot of FIXTURE_PLOTS) expect(isHidden(hidden, plot.index)).toBe(plot.industry !== '化工');
  });

  it('hides everything when nothing passes', () => {
    const hidden = hiddenPlots(FIXTURE_PLOTS, []);
    expect(hidden.count).toBe(FIXTURE_PLOTS.length);
    expect(FIXTURE_PLOTS.every((plot) => isHidden(hidden, plot.index))).toBe(true);
  });

  it('flags only indexes that plots have, when rejected features left gaps', () => {
    const gappy = FIXTURE_PLOTS.filter((_, position) => position % 2 === 0);
    const hidden = hiddenPlots(gappy, []);
    expect(hidden.count).toBe(gappy.length);
    expect(hidden.flags.reduce((sum, flag) => sum + flag, 0)).toBe(gappy.length);
  });
});
