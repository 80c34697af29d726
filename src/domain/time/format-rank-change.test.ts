import { describe, expect, it } from 'vitest';
import { formatGain, formatRankChange } from './format-rank-change';

describe('formatRankChange and formatGain', () => {
  it('reads ↑2, ↓1 and — for held or unranked', () => {
    expect(formatRankChange(2)).toBe('↑2');
    expect(formatRankChange(-1)).toBe('↓1');
    expect(formatRankChange(0)).toBe('—');
    expect(formatRankChange(null)).toBe('—');
  });

  it('signs a gain and never shows -0.00', () => {
    expect(formatGain(12.3)).toBe('+12.30');
    expect(formatGain(-1)).toBe('-1.00');
    expect(formatGain(-1e-12)).toBe('0.00');
    expect(formatGain(0)).toBe('0.00');
  });
});
