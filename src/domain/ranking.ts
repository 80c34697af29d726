import type { MetricProgressSet } from './targets';
import { METRIC_KEYS } from './types';

export interface TownshipRank {
  township: string;
  /** 1 for the best; tied townships share a rank (1, 2, 2, 4). Null when unranked. */
  rank: number | null;
  /** See `completionScore`. */
  score: number | null;
}

/**
 * The mean completion over the metrics the township has a target for; null when it has none.
 * Completions are not capped: being far past one target makes up for being behind on another.
 */
export function completionScore(progress: Readonly<MetricProgressSet>): number | null {
  let sum = 0;
  let count = 0;
  for (const key of METRIC_KEYS) {
    const completion = progress[key].completion;
    if (completion === null) continue;
    sum += completion;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/** Scores equal to four decimals (0.01 of a percentage point) are a tie. */
function tieKey(score: number): number {
  return Math.round(score * 10000);
}

/**
 * Townships ranked by `completionScore`, best first. Tied townships share a rank and the next
 * rank skips (1, 2, 2, 4). Townships with no targets at all come last, unranked (rank null).
 * Within a tie, and among the unranked, townships are in Chinese collation order.
 * When no township has done anything (every score 0) there is nothing to rank: all are
 * unranked rather than tied at 1.
 * Give it progress measured on all of each township's plots: targets are set for all of them,
 * so a filter must never re-rank townships on a subset (see `filteredShareOf` for the part a
 * filter shows).
 */
export function rankTownships(progressByTownship: ReadonlyMap<string, MetricProgressSet>): TownshipRank[] {
  const collate = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  const scored: { township: string; score: number }[] = [];
  const unranked: string[] = [];
  for (const [township, progress] of progressByTownship) {
    const score = completionScore(progress);
    if (score === null) unranked.push(township);
    else scored.push({ township, score });
  }
  if (scored.every((entry) => entry.score === 0)) {
    unranked.push(...scored.map((entry) => entry.township));
    scored.length = 0;
  }
  scored.sort((a, b) => tieKey(b.score) - tieKey(a.score) || collate(a.township, b.township));
  const ranking: TownshipRank[] = [];
  scored.forEach((entry, position) => {
    const tied = position > 0 && tieKey(scored[position - 1].score) === tieKey(entry.score);
    ranking.push({ ...entry, rank: tied ? ranking[position - 1].rank : position + 1 });
  });
  for (const township of unranked.sort(collate)) ranking.push({ township, rank: null, score: null });
  return ranking;
}
