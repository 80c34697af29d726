import { describe, expect, it } from 'vitest';
import type { TownshipRank } from '../ranking';
import { rankChanges } from './rank-change';

const rank = (township: string, place: number | null): TownshipRank => ({ township, rank: place, score: place === null ? null : 1 / place });

describe('rankChanges', () => {
  it('counts places risen as positive and fallen as negative', () => {
    const before = [rank('甲', 1), rank('乙', 2), rank('丙', 3)];
    const now = [rank('丙', 1), rank('甲', 2), rank('乙', 3)];
    expect(rankChanges(now, before)).toEqual(new Map([['丙', 2], ['甲', -1], ['乙', -1]]));
  });

  it('reads shared (tied) ranks as ranks: moving into a tie for 2nd from 4th is up 2', () => {
    const before = [rank('甲', 1), rank('乙', 2), rank('丙', 2), rank('丁', 4)];
    const now = [rank('甲', 1), rank('乙', 2), rank('丙', 2), rank('丁', 2)];
    expect(rankChanges(now, before)).toEqual(new Map([['甲', 0], ['乙', 0], ['丙', 0], ['丁', 2]]));
  });

  it('has no change for a township unranked then or now', () => {
    const changes = rankChanges([rank('甲', 1), rank('乙', null)], [rank('乙', 1)]);
    expect(changes.get('甲')).toBeNull();
    expect(changes.get('乙')).toBeNull();
  });
});
