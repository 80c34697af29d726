import { useRef } from 'react';
import { useRanking, useTownshipProgress, useTownshipShares } from '../state/battle-map-selectors';
import { useAppStore } from '../state/store';
import { useLanguage, useText } from './i18n';
import { nameColumnEm, rankingColumns } from './ranking-columns';
import { useRowsInSight } from './use-rows-in-sight';
import { GAIN_METRICS, PaceMark, RankChangeCell, WeeklyGainCells, WeeklyGainHeaders, useWeeklyColumns } from './time/weekly-columns';

/** A part of the ranking, in rank order: one meeting slide's rows. */
export interface RankingSlice {
  first: number;
  last: number;
}

/**
 * Townships by completion on all their plots, best first; a row opens that township's battle
 * map. With a filter, the filter's share of each township stands beside it, unranked.
 * A filter change rewrites cells, so the table keeps that cheap: fixed column widths (an
 * auto-sized table would measure every cell again), and only the rows in sight rendered, with
 * gaps of the same height standing for the rest. A meeting slide passes its `slice` instead.
 */
export function RankingTable({ slice }: { slice?: RankingSlice } = {}) {
  const text = useText();
  const language = useLanguage();
  const ranking = useRanking();
  const progress = useTownshipProgress();
  const shares = useTownshipShares();
  const setView = useAppStore((state) => state.setView);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const inSight = useRowsInSight(bodyRef, slice ? 0 : ranking.length);
  const { first, last, rowHeight } = slice ? { ...slice, rowHeight: 0 } : inSight;
  const columns = rankingColumns(shares !== null);
  const weekly = useWeeklyColumns();
  const columnCount = columns.length + 3 + (weekly.wide ? GAIN_METRICS.length + 1 : 0);
  const gaps = !slice;
  return (
    <table className="ranking-table" data-testid="ranking" aria-rowcount={ranking.length + 1} data-columns={columnCount}>
      <colgroup>
        <col className="rank-column" />
        <col className="rank-change-column" />
        <col style={{ width: `${nameColumnEm(ranking.map((entry) => entry.township))}em` }} />
        {columns.map((column) => (
          <col key={column.key} style={column.widthEm ? { width: `${column.widthEm}em` } : undefined} />
        ))}
        {weekly.wide && GAIN_METRICS.map((key) => <col key={key} />)}
        {weekly.wide && <col className="pace-column" />}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className="number">{text('rank')}</th>
          <th scope="col" className="number" title={text('rankChange')}>{text('rankChangeShort')}</th>
          <th scope="col">{text('township')}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={`number column-${column.key}`} lang={language === 'zh' ? 'zh-CN' : 'en'}>
              {column.header[language]}
            </th>
          ))}
          {weekly.wide && <WeeklyGainHeaders />}
          {weekly.wide && <th scope="col">{text('timeProportional')}</th>}
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {gaps && first > 0 && <RowGap rows={first} rowHeight={rowHeight} columns={columnCount} />}
        {/* Rows keyed by place: when the ranking changes, cells change text in place. */}
        {ranking.slice(first, last).map((entry, offset) => {
          const row = { entry, progress: progress.get(entry.township), share: shares?.get(entry.township) ?? null };
          return (
            <tr key={first + offset} aria-rowindex={first + offset + 2} data-township={entry.township}>
              <td className="number rank">{entry.rank ?? '—'}</td>
              <RankChangeCell row={weekly.rows.get(entry.township)} />
              <th scope="row" title={entry.township}>
                <button
                  type="button"
                  className="link-button township-link"
                  onClick={() => setView({ kind: 'township', township: entry.township })}
                >
                  {entry.township}
                </button>
              </th>
              {columns.map((column) => {
                const cell = column.cell(row, language);
                return (
                  <td key={column.key} className={`number${cell.className ? ` ${cell.className}` : ''}`}>
                    {cell.text}
                    {column.key === 'overall' && !weekly.wide && <PaceMark row={weekly.rows.get(entry.township)} full={false} />}
                  </td>
                );
              })}
              {weekly.wide && <WeeklyGainCells row={weekly.rows.get(entry.township)} />}
              {weekly.wide && <td data-column="pace"><PaceMark row={weekly.rows.get(entry.township)} full /></td>}
            </tr>
          );
        })}
        {gaps && last < ranking.length && <RowGap rows={ranking.length - last} rowHeight={rowHeight} columns={columnCount} />}
      </tbody>
    </table>
  );
}

/** Stands for rows out of sight, at their height, so the sidebar scrolls as if they were there. */
function RowGap({ rows, rowHeight, columns }: { rows: number; rowHeight: number; columns: number }) {
  return (
    <tr className="row-gap" data-gap aria-hidden="true">
      <td colSpan={columns} style={{ height: rows * rowHeight, padding: 0, border: 'none' }} />
    </tr>
  );
}
