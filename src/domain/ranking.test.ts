import { describe, expect, it } from 'vitest';
import { completionScore, rankTownships } from './ranking';
import { filteredSharesByTownship } from './filtered-share';
import { StageCounter } from './metrics';
import { FIXTURE_PLOTS, FIXTURE_TARGETS } from './summary-fixtures';
import { progressAgainstTargets, progressByTownship } from './targets';
import type { MetricProgressSet } from './targets';

const NOTHING_DONE = { signedMu: 0, demolishedMu: 0, reclaimedMu: 0, savedQuotaMu: 0, enterprisesHandled: 0 };

/** A township that has done `signedMu` against a signed target of 100. */
function signed(signedMu: number): MetricProgressSet {
  return progressAgainstTargets({ ...NOTHING_DONE, signedMu }, { signedMu: 100 });
}

describe('completionScore', () => {
  it('is the mean completion over the metrics that have a target, uncapped', () => {
    const progress = progressAgainstTargets(
      { ...NOTHING_DONE, signedMu: 300, demolishedMu: 50, reclaimedMu: 99 },
      { signedMu: 100, demolishedMu: 100, reclaimedMu: 0 },
    );
    expect(completionScore(progress)).toBeCloseTo(1.75, 12);
  });

  it('is null without any target', () => {
    expect(completionScore(progressAgainstTargets(NOTHING_DONE, {}))).toBeNull();
  });
});

describe('rankTownships', () => {
  it('ranks the fixture townships, the one without targets last and unranked', () => {
    const ranking = rankTownships(progressByTownship(FIXTURE_PLOTS, FIXTURE_TARGETS));
    expect(ranking.map(({ township, rank }) => [township, rank])).toEqual([
      ['史桥镇', 1],
      ['新塍镇', 2],
      ['王江泾镇', 3],
      ['洪合镇', null],
    ]);
    // (1.4175 + 1.021875 + 0.5) / 3 and (0.9175 + 1) / 2
    expect(ranking[0].score).toBeCloseTo(2.939375 / 3, 12);
    expect(ranking[1].score).toBeCloseTo(0.95875, 12);
    expect(ranking[3].score).toBeNull();
  });

  it('gives tied townships the same rank and skips the next (1, 2, 2, 4)', () => {
    const ranking = rankTownships(
      new Map([
        ['丁镇', signed(50)],
        ['甲镇', signed(90)],
        ['乙镇', signed(70)],
        ['丙镇', signed(70)],
      ]),
    );
    expect(ranking.map(({ township, rank }) => [township, rank])).toEqual([
      ['甲镇', 1],
      ['丙镇', 2],
      ['乙镇', 2],
      ['丁镇', 4],
    ]);
  });

  it('treats scores equal to four decimals as a tie, and a larger difference as none', () => {
    const ranking = rankTownships(
      new Map([
        ['甲镇', signed(50.001)],
        ['乙镇', signed(50.004)],
        ['丙镇', signed(50.006)],
      ]),
    );
    expect(ranking.map(({ township, rank }) => [township, rank])).toEqual([
      ['丙镇', 1],
      ['甲镇', 2],
      ['乙镇', 2],
    ]);
  });

  it('puts every township without targets after the ranked ones, unranked', () => {
    const none = progressAgainstTargets(NOTHING_DONE, {});
    const ranking = rankTownships(
      new Map([
        ['乙镇', none],
        ['甲镇', signed(10)],
        ['丙镇', none],
      ]),
    );
    expect(ranking.map(({ township, rank }) => [township, rank])).toEqual([
      ['甲镇', 1],
      ['丙镇', null],
      ['乙镇', null],
    ]);
  });

  it('ranks nobody when no township has done anything, instead of tying them all at 1', () => {
    const ranking = rankTownships(new Map([['乙镇', signed(0)], ['甲镇', signed(0)]]));
    expect(ranking.map(({ township, rank }) => [township, rank])).toEqual([
      ['甲镇', null],
      ['乙镇', null],
    ]);
  });
});

describe('ranking under a filter', () => {
  const ranking = rankTownships(progressByTownship(FIXTURE_PLOTS, FIXTURE_TARGETS));

  it('gives each ranked township the share a filter shows of it, empty where none passes', () => {
    for (const keep of [(township: string) => township === '新塍镇', () => false]) {
      const shown = new Map<string, StageCounter>();
      for (const plot of FIXTURE_PLOTS.filter((candidate) => keep(candidate.township))) {
        const counter = shown.get(plot.township) ?? new StageCounter();
        counter.add(plot);
        shown.set(plot.township, counter);
      }
      const shares = filteredSharesByTownship(ranking.map((entry) => entry.township), shown);
      expect(shares.get('史桥镇')?.plotCount).toBe(0);
      expect(shares.get('新塍镇')?.plotCount).toBe(keep('新塍镇') ? FIXTURE_PLOTS.filter((plot) => plot.township === '新塍镇').length : 0);
    }
  });
});
