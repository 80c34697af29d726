import { formatRankChange } from '../../domain/time/format-rank-change';
import type { WeeklyReport, WeeklyRow } from '../../domain/time/weekly-report';
import type { Language } from '../../domain/format';
import { METRIC_DEFINITIONS } from '../../domain/metrics';
import type { MetricKey } from '../../domain/types';
import { toCsv, type CsvCell } from '../csv';

const GAINS: readonly { key: MetricKey; zh: string; en: string }[] = [
  { key: 'signedMu', zh: '本周新增签约(亩)', en: 'Signed this week (mu)' },
  { key: 'demolishedMu', zh: '本周新增拆除(亩)', en: 'Demolished this week (mu)' },
  { key: 'reclaimedMu', zh: '本周新增复垦(亩)', en: 'Reclaimed this week (mu)' },
];

const round = (value: number, decimals: number) => Number(value.toFixed(decimals)) + 0;
const percent = (ratio: number | null) => (ratio === null ? null : round(ratio * 100, 1));

function paceText(pace: WeeklyRow['pace'], language: Language): string {
  if (pace === 'none') return '';
  if (pace === 'behind') return language === 'zh' ? '落后时序进度' : 'behind schedule';
  return language === 'zh' ? '领先' : 'ahead';
}

/**
 * 本周通报 as CSV for Excel (UTF-8 with BOM): one row per township in rank order, then the
 * county: rank and its change, this week's gains, each metric done and its completion, the
 * overall completion, the time-proportional share and the pace in words. Figures are numbers
 * (mu to two decimals, percentages to one), so Excel can sum and sort them.
 */
export function weeklyCsv(report: WeeklyReport, language: Language = 'zh'): string {
  const zh = language === 'zh';
  const header: CsvCell[] = [
    zh ? '名次' : 'Rank',
    zh ? '名次变化' : 'Rank change',
    zh ? '镇街道' : 'Township',
    ...GAINS.map((gain) => gain[language]),
    ...METRIC_DEFINITIONS.flatMap((definition) => {
      const label = zh ? definition.label : definition.labelEn;
      const unit = definition.unit === 'mu' ? (zh ? '(亩)' : ' (mu)') : zh ? '(家)' : '';
      return [`${label}${unit}`, zh ? `${label}完成率(%)` : `${label} completion (%)`];
    }),
    zh ? '综合完成率(%)' : 'Overall completion (%)',
    zh ? '时序进度(%)' : 'Time-proportional (%)',
    zh ? '进度状态' : 'Pace',
  ];
  const line = (row: Omit<WeeklyRow, 'township' | 'rank' | 'rankChange'>, first: CsvCell[]): CsvCell[] => [
    ...first,
    ...GAINS.map((gain) => round(row.increments[gain.key], 2)),
    ...METRIC_DEFINITIONS.flatMap((definition) => [
      round(row.progress[definition.key].done, definition.unit === 'mu' ? 2 : 0),
      percent(row.progress[definition.key].completion),
    ]),
    percent(row.score),
    percent(report.elapsed),
    paceText(row.pace, language),
  ];
  const rows = report.rows.map((row) => line(row, [row.rank, formatRankChange(row.rankChange), row.township]));
  rows.push(line(report.county, [null, null, zh ? '全县' : 'County']));
  return toCsv([header, ...rows]);
}
