import { describe, expect, it } from 'vitest';
import { FIXTURE_PLOTS } from '../domain/summary-fixtures';
import { hiddenFlags } from './plot-visibility';

describe('hiddenFlags', () => {
  it('hides nothing when every plot shows', () => {
    const { flags, count } = hiddenFlags(FIXTURE_PLOTS, FIXTURE_PLOTS);
    expect(count).toBe(0);
    expect(flags.every((flag) => flag === 0)).toBe(true);
  });

  it('hides exactly the plots the filter dropped', () => {
    const visible = FIXTURE_PLOTS.filter((plot) => plot.industry === '化工');
    const { flags, count } = hiddenFlags(FIXTURE_PLOTS, visible);
    expect(count).toBe(FIXTURE_PLOTS.length - visible.length);
    for (const plot of FIXTURE_PLOTS) expect(flags[plot.index]).toBe(plot.industry !== '化工' ? 1 : 0);
  });

  it('hides everything when nothing passes', () => {
    const { flags, count } = hiddenFlags(FIXTURE_PLOTS, []);
    expect(count).toBe(FIXTURE_PLOTS.length);
    expect(FIXTURE_PLOTS.every((plot) => flags[plot.index] === 1)).toBe(true);
  });
});
