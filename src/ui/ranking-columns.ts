import type { FilteredShare } from '../domain/filtered-share';
import { formatCompletion, formatMu, type Language } from '../domain/format';
import { METRIC_DEFINITIONS } from '../domain/metrics';
import type { TownshipRank } from '../domain/ranking';
import type { MetricProgressSet } from '../domain/targets';

/** What one ranking row knows: its place, its progress on all plots and what the filter shows of it. */
export interface RankingRowData {
  entry: TownshipRank;
  progress: MetricProgressSet | undefined;
  /** Null when no filter is active. */
  share: FilteredShare | null;
}

export interface RankingCell {
  text: string;
  className?: string;
}

/**
 * A figure column of the ranking, after 名次 and 镇街: the screen, the meeting slides and print
 * all take their columns from `rankingColumns`, so a new column is added here once.
 */
export interface RankingColumn {
  key: string;
  /** Short enough to stay whole in a narrow column (English headers never break inside a word). */
  header: Readonly<Record<Language, string>>;
  /** Width in em; the columns share the rest of the table equally when left out. */
  widthEm?: number;
  cell(row: RankingRowData, language: Language): RankingCell;
}

/** Short English headers: 'Demolished area' in a 4 em column would break inside a word. */
const SHORT_ENGLISH: Readonly<Record<string, string>> = {
  signedMu: 'Signed',
  demolishedMu: 'Demolished',
  reclaimedMu: 'Reclaimed',
  savedQuotaMu: 'Saved quota',
  enterprisesHandled: 'Enter\u00adprises',
};

const METRIC_COLUMNS: readonly RankingColumn[] = METRIC_DEFINITIONS.map((definition) => ({
  key: definition.key,
  header: { zh: definition.label, en: SHORT_ENGLISH[definition.key] ?? definition.labelEn },
  cell: ({ progress }, language) => {
    const completion = progress?.[definition.key].completion ?? null;
    return { text: formatCompletion(completion, language), className: completion !== null && completion > 1 ? 'exceeded' : undefined };
  },
}));

const OVERALL_COLUMN: RankingColumn = {
  key: 'overall',
  header: { zh: '综合完成率', en: 'Overall' },
  cell: ({ entry }, language) => ({ text: formatCompletion(entry.score, language), className: 'overall' }),
};

/** The filter's share of each township, in 亩: beside the ranking, never ranked itself. */
const SHARE_COLUMN: RankingColumn = {
  key: 'filtered-share',
  header: { zh: '其中筛选部分(亩)', en: 'Filtered (mu)' },
  cell: ({ share }) => ({ text: share && share.plotCount > 0 ? formatMu(share.areaMu) : '—', className: 'filtered-share' }),
};

/** The figure columns, in order; the filter's share only while a filter is active. */
export function rankingColumns(filterActive: boolean): readonly RankingColumn[] {
  return filterActive ? [...METRIC_COLUMNS, OVERALL_COLUMN, SHARE_COLUMN] : [...METRIC_COLUMNS, OVERALL_COLUMN];
}

/** Column width for township names: the longest name fits (CJK characters are 1em wide) with the cell's padding. */
export function nameColumnEm(townships: readonly string[]): number {
  const longest = townships.reduce((most, township) => Math.max(most, township.length), 0);
  return Math.min(Math.max(longest, 3), 10) + 1;
}
