import { describe, expect, it } from 'vitest';
import { campaignYearStart, paceStatus, yearElapsed } from './time-proportional';

describe('time-proportional progress (时序进度)', () => {
  it('is the share of the campaign year elapsed, counting the date itself', () => {
    expect(yearElapsed('2026-11-15', '2026-01-01')).toBeCloseTo(319 / 365, 12);
    expect(yearElapsed('2026-01-01', '2026-01-01')).toBeCloseTo(1 / 365, 12);
    expect(yearElapsed('2026-12-31', '2026-01-01')).toBe(1);
    expect(yearElapsed('2024-03-01', '2024-01-01')).toBeCloseTo(61 / 366, 12);
  });

  it('is 0 before the year and 1 after it', () => {
    expect(yearElapsed('2025-12-31', '2026-01-01')).toBe(0);
    expect(yearElapsed('2027-03-01', '2026-01-01')).toBe(1);
  });

  it('starts the year on 1 January of the reporting date unless the campaign says', () => {
    expect(campaignYearStart('2026-11-15')).toBe('2026-01-01');
    expect(campaignYearStart('2026-11-15', '2026-04-01')).toBe('2026-04-01');
  });

  it('is behind when done is short of the annual target times the share elapsed', () => {
    const elapsed = 319 / 365;
    expect(paceStatus(0.87, 1, elapsed)).toBe('behind');
    expect(paceStatus(0.88, 1, elapsed)).toBe('ahead');
    expect(paceStatus(218.59, 250.1, elapsed)).toBe('ahead');
    expect(paceStatus(100, null, elapsed)).toBe('none');
  });
});
