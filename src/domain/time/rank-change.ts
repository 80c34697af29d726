import type { TownshipRank } from '../ranking';

/**
 * How many places each township rose (positive) or fell (negative) since the ranking before;
 * 0 when it held its place, including a shared (tied) rank; null when it is unranked in either.
 */
export function rankChanges(now: readonly TownshipRank[], before: readonly TownshipRank[]): Map<string, number | null> {
  const previous = new Map(before.map((entry) => [entry.township, entry.rank]));
  const changes = new Map<string, number | null>();
  for (const { township, rank } of now) {
    const earlier = previous.get(township) ?? null;
    changes.set(township, rank === null || earlier === null ? null : earlier - rank);
  }
  return changes;
}
