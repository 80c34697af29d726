import { describe, expect, it } from 'vitest';
import { unlessHidden } from './plot-state-style';

describe('plot state styles', () => {
  it('makes a hidden plot fully transparent and leaves others as they are', () => {
    expect(unlessHidden(0.8)).toEqual(['case', ['boolean', ['feature-state', 'hidden'], false], 0, 0.8]);
  });
});
