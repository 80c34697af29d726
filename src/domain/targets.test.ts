import { describe, expect, it } from 'vitest';
import { countyProgress, progressAgainstTargets, progressByTownship } from './targets';
import { FIXTURE_PLOTS, FIXTURE_TARGETS } from './summary-fixtures';

const DONE = { signedMu: 402.2, demolishedMu: 248.8, reclaimedMu: 10, savedQuotaMu: 213, enterprisesHandled: 7 };

describe('progressAgainstTargets', () => {
  it('divides done by target', () => {
    const progress = progressAgainstTargets(DONE, { signedMu: 250.125, savedQuotaMu: 170 });
    expect(progress.signedMu).toEqual({ target: 250.125, done: 402.2, completion: 402.2 / 250.125 });
    expect(progress.savedQuotaMu.completion).toBeCloseTo(1.252941176, 9);
  });

  it('gives no completion for a missing target or a target of 0', () => {
    const progress = progressAgainstTargets(DONE, { reclaimedMu: 0 });
    expect(progress.reclaimedMu).toEqual({ target: null, done: 10, completion: null });
    expect(progress.demolishedMu).toEqual({ target: null, done: 248.8, completion: null });
    expect(progressAgainstTargets(DONE, undefined).enterprisesHandled.completion).toBeNull();
  });
});

describe('progressByTownship', () => {
  const progress = progressByTownship(FIXTURE_PLOTS, FIXTURE_TARGETS);

  it('lists townships with targets first, then those only in the plots', () => {
    expect([...progress.keys()]).toEqual(['史桥镇', '新塍镇', '王江泾镇', '洪合镇']);
  });

  it('measures each township against its own targets', () => {
    const shiqiao = progress.get('史桥镇');
    expect(shiqiao?.signedMu.done).toBeCloseTo(70.875, 9);
    expect(shiqiao?.signedMu.completion).toBeCloseTo(1.4175, 9);
    expect(shiqiao?.demolishedMu.completion).toBeCloseTo(1.021875, 9);
    expect(shiqiao?.reclaimedMu).toEqual({ target: null, done: 32.75, completion: null });
    expect(shiqiao?.savedQuotaMu.completion).toBeCloseTo(0.5, 9);
    expect(shiqiao?.enterprisesHandled).toEqual({ target: null, done: 5, completion: null });
    expect(progress.get('新塍镇')?.signedMu.completion).toBeCloseTo(0.9175, 9);
    expect(progress.get('新塍镇')?.enterprisesHandled.completion).toBe(1);
  });

  it('shows nothing done for a township with a target but no plots', () => {
    expect(progress.get('王江泾镇')?.signedMu).toEqual({ target: 100, done: 0, completion: 0 });
  });

  it('shows what a township without targets has done, with no completion', () => {
    const honghe = progress.get('洪合镇');
    expect(honghe?.signedMu).toEqual({ target: null, done: 9.9, completion: null });
    expect(honghe?.enterprisesHandled).toEqual({ target: null, done: 2, completion: null });
  });
});

describe('countyProgress', () => {
  it('sums township targets per metric and counts all plots as done', () => {
    const county = countyProgress(FIXTURE_PLOTS, FIXTURE_TARGETS);
    expect(county.signedMu.target).toBe(210);
    expect(county.signedMu.done).toBeCloseTo(135.825, 9);
    expect(county.signedMu.completion).toBeCloseTo(135.825 / 210, 9);
    expect(county.demolishedMu.completion).toBeCloseTo(1.645625, 9);
    expect(county.savedQuotaMu.completion).toBeCloseTo(1.102, 9);
    expect(county.enterprisesHandled).toEqual({ target: 2, done: 9, completion: 4.5 });
  });

  it('has no county target where every township target is 0 or missing', () => {
    const county = countyProgress(FIXTURE_PLOTS, FIXTURE_TARGETS);
    expect(county.reclaimedMu.target).toBeNull();
    expect(county.reclaimedMu.completion).toBeNull();
    expect(countyProgress(FIXTURE_PLOTS, {}).signedMu.completion).toBeNull();
  });
});
