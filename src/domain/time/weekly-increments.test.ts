import { describe, expect, it } from 'vitest';
import { weeklyIncrements } from './weekly-increments';

describe('weeklyIncrements', () => {
  it('is each metric now less at the end of last week', () => {
    const now = { signedMu: 402.2, demolishedMu: 248.8, reclaimedMu: 10, savedQuotaMu: 213, enterprisesHandled: 40 };
    const before = { signedMu: 380.05, demolishedMu: 248.8, reclaimedMu: 12, savedQuotaMu: 200, enterprisesHandled: 38 };
    const increments = weeklyIncrements(now, before);
    expect(increments.signedMu).toBeCloseTo(22.15, 10);
    expect(increments.demolishedMu).toBe(0);
    expect(increments.reclaimedMu).toBe(-2);
    expect(increments.savedQuotaMu).toBe(13);
    expect(increments.enterprisesHandled).toBe(2);
  });
});
