import { useMemo } from 'react';
import { formatGain, formatRankChange } from '../../domain/time/format-rank-change';
import type { WeeklyRow } from '../../domain/time/weekly-report';
import { useWeeklyReport } from '../../state/time-selectors';
import { useAppStore } from '../../state/store';
import { useText } from '../i18n';
import './time.css';

/** The metrics whose week's gain the ranking shows (亩 signed, demolished, reclaimed). */
export const GAIN_METRICS = ['signedMu', 'demolishedMu', 'reclaimedMu'] as const;

export const GAIN_LABELS = { signedMu: 'trendSigned', demolishedMu: 'trendDemolished', reclaimedMu: 'trendReclaimed' } as const;

/**
 * The weekly figures by township, and whether the ranking has room for the week's gains: on the
 * ranking page. Not in the overview's side panel (too narrow), and not on the meeting's ranking
 * slides, where every township must fit in projector type: the week's gains have a slide of
 * their own there (本周通报).
 */
export function useWeeklyColumns(): { rows: Map<string, WeeklyRow>; wide: boolean } {
  const report = useWeeklyReport();
  const wide = useAppStore((state) => state.view.kind === 'ranking' && !state.meeting);
  const rows = useMemo(() => new Map((report?.rows ?? []).map((row) => [row.township, row])), [report]);
  return { rows, wide };
}

export function RankChangeCell({ row }: { row: WeeklyRow | undefined }) {
  const change = row?.rankChange ?? null;
  const direction = change === null || change === 0 ? 'held' : change > 0 ? 'up' : 'down';
  return (
    <td className={`number rank-change rank-${direction}`} data-column="rank-change">
      {formatRankChange(change)}
    </td>
  );
}

export function WeeklyGainHeaders() {
  const text = useText();
  return (
    <>
      {GAIN_METRICS.map((key) => (
        <th key={key} scope="col" className="number weekly-gain">
          {text('weeklyGain')}
          <br />
          {text(GAIN_LABELS[key])}({text('mu')})
        </th>
      ))}
    </>
  );
}

export function WeeklyGainCells({ row }: { row: WeeklyRow | undefined }) {
  return (
    <>
      {GAIN_METRICS.map((key) => (
        <td key={key} className="number weekly-gain" data-column={`gain-${key}`}>
          {row ? formatGain(row.increments[key]) : '—'}
        </td>
      ))}
    </>
  );
}

/** 落后时序进度 or 领先, in words (never colour alone); short in the side panel, with the full words as its title. */
export function PaceMark({ row, full }: { row: Pick<WeeklyRow, 'pace'> | undefined; full: boolean }) {
  const text = useText();
  if (!row || row.pace === 'none') return null;
  const words = row.pace === 'behind' ? text('behindPace') : text('aheadOfPace');
  const short = row.pace === 'behind' ? text('behindPaceShort') : text('aheadOfPace');
  return (
    <span className={`pace-mark pace-${row.pace}`} title={words}>
      {full ? words : short}
    </span>
  );
}
