import { describe, expect, it } from 'vitest';
import { summarizePlots } from './summarize';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE } from './summary-fixtures';

const TOLERANCE = 1e-9;

describe('summarizePlots', () => {
  const summary = summarizePlots(FIXTURE_PLOTS, FIXTURE_REPORTING_DATE);

  it('counts plots and sums their unrounded area', () => {
    expect(summary.plotCount).toBe(12);
    // 12.5 + 20.25 + 8.125 + 30 + 5.5 + 7.75 + 40 + 3.3 + 15.05 + 9.9 + 2.2 + 6.6
    expect(summary.areaMu).toBeCloseTo(161.175, 9);
  });

  it('tallies plots and mu at exactly each stage', () => {
    const expected = {
      listed: [2, 5.5],
      negotiating: [1, 5.5],
      signed: [2, 70],
      demolished: [2, 18.025],
      reclaimed: [1, 20.25],
      accepted: [2, 27.55],
      upgraded: [2, 14.35],
    } as const;
    for (const [stage, [count, areaMu]] of Object.entries(expected)) {
      const tally = summary.byStage[stage as keyof typeof expected];
      expect(tally.count, stage).toBe(count);
      expect(Math.abs(tally.areaMu - areaMu), stage).toBeLessThan(TOLERANCE);
    }
  });

  it('counts each stage cumulatively along the vacate path, upgraded apart', () => {
    const expected = {
      listed: [10, 146.825],
      negotiating: [8, 141.325],
      signed: [7, 135.825],
      demolished: [5, 65.825],
      reclaimed: [3, 47.8],
      accepted: [2, 27.55],
      upgraded: [2, 14.35],
    } as const;
    for (const [stage, [count, areaMu]] of Object.entries(expected)) {
      const tally = summary.reachedStage[stage as keyof typeof expected];
      expect(tally.count, stage).toBe(count);
      expect(Math.abs(tally.areaMu - areaMu), stage).toBeLessThan(TOLERANCE);
    }
  });

  it('computes the five target metrics and the freed-up land', () => {
    expect(summary.metrics.signedMu).toBeCloseTo(135.825, 9);
    expect(summary.metrics.demolishedMu).toBeCloseTo(65.825, 9);
    expect(summary.metrics.reclaimedMu).toBeCloseTo(47.8, 9);
    expect(summary.metrics.savedQuotaMu).toBeCloseTo(27.55, 9);
    // seven at signed or beyond, plus two upgraded in place
    expect(summary.metrics.enterprisesHandled).toBe(9);
    expect(summary.freedUpMu).toBe(summary.metrics.signedMu);
  });

  it('counts overdue plots and their area', () => {
    // SQ-02 20.25, SQ-05 5.5, XC-01 40, HH-01 9.9, HH-02 2.2
    expect(summary.overdue.count).toBe(5);
    expect(summary.overdue.areaMu).toBeCloseTo(77.85, 9);
  });

  it('overdue depends on the reporting date', () => {
    const earlier = summarizePlots(FIXTURE_PLOTS, '2026-11-14');
    expect(earlier.overdue.count).toBe(4);
  });

  it('gives zeros for no plots', () => {
    const empty = summarizePlots([], FIXTURE_REPORTING_DATE);
    expect(empty.plotCount).toBe(0);
    expect(empty.areaMu).toBe(0);
    expect(empty.byStage.signed).toEqual({ count: 0, areaMu: 0 });
    expect(empty.metrics).toEqual({ signedMu: 0, demolishedMu: 0, reclaimedMu: 0, savedQuotaMu: 0, enterprisesHandled: 0 });
    expect(empty.overdue).toEqual({ count: 0, areaMu: 0 });
  });
});
