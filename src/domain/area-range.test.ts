import { describe, expect, it } from 'vitest';
import { isAreaRangeReversed } from './area-range';

describe('isAreaRangeReversed', () => {
  it('flags a lower bound above the upper one', () => {
    expect(isAreaRangeReversed({ minAreaMu: 50, maxAreaMu: 10 })).toBe(true);
  });

  it('accepts an open, equal or ordered range', () => {
    expect(isAreaRangeReversed({ minAreaMu: 10, maxAreaMu: 50 })).toBe(false);
    expect(isAreaRangeReversed({ minAreaMu: 10, maxAreaMu: 10 })).toBe(false);
    expect(isAreaRangeReversed({ minAreaMu: 50, maxAreaMu: null })).toBe(false);
    expect(isAreaRangeReversed({ minAreaMu: null, maxAreaMu: 10 })).toBe(false);
  });
});
