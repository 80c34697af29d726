import { describe, expect, it } from 'vitest';
import { FIXTURE_PLOTS } from '../domain/summary-fixtures';
import { hiddenIndexes } from './plot-visibility';

describe('hiddenIndexes', () => {
  it('is empty when every plot shows', () => {
    expect(hiddenIndexes(FIXTURE_PLOTS, FIXTURE_PLOTS).size).toBe(0);
  });

  it('hides exactly the plots the filter dropped', () => {
    const visible = FIXTURE_PLOTS.filter((plot) => plot.industry === '化工');
    const hidden = hiddenIndexes(FIXTURE_PLOTS, visible);
    expect(hidden.size).toBe(FIXTURE_PLOTS.length - visible.length);
    for (const plot of FIXTURE_PLOTS) expect(hidden.has(plot.index)).toBe(plot.industry !== '化工');
  });

  it('hides everything when nothing passes', () => {
    expect(hiddenIndexes(FIXTURE_PLOTS, []).size).toBe(FIXTURE_PLOTS.length);
  });
});
