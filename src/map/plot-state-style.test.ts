import { describe, expect, it } from 'vitest';
import { highlightWidth, pickedWidth, unlessHidden } from './plot-state-style';

describe('plot state styles', () => {
  it('makes a hidden plot fully transparent and leaves others as they are', () => {
    expect(unlessHidden(0.8)).toEqual(['case', ['boolean', ['feature-state', 'hidden'], false], 0, 0.8]);
  });

  it('never outlines a hidden plot, even when it is selected or picked', () => {
    for (const expression of [highlightWidth(), pickedWidth()]) {
      expect(expression.slice(0, 3)).toEqual(['case', ['boolean', ['feature-state', 'hidden'], false], 0]);
    }
    expect(pickedWidth()).toEqual(['case', ['boolean', ['feature-state', 'hidden'], false], 0, ['boolean', ['feature-state', 'picked'], false], 3, 0]);
  });
});
