import { useRef } from 'react';
import { formatCompletion } from '../domain/format';
import { METRIC_DEFINITIONS } from '../domain/metrics';
import { useRanking, useTownshipProgress } from '../state/battle-map-selectors';
import { useAppStore } from '../state/store';
import { useLanguage, useText } from './i18n';
import { nameColumnEm } from './ranking-columns';
import { useRowsInSight } from './use-rows-in-sight';
import { GAIN_METRICS, PaceMark, RankChangeCell, WeeklyGainCells, WeeklyGainHeaders, useWeeklyColumns } from './time/weekly-columns';

/**
 * Townships by completion, best first; a row opens that township's battle map.
 * A filter change rewrites most of its cells, so the table keeps that cheap: fixed column
 * widths (an auto-sized table would measure every cell again), and only the rows in sight
 * rendered, with gaps of the same height standing for the rest.
 */
export function RankingTable() {
  const text = useText();
  const language = useLanguage();
  const ranking = useRanking();
  const progress = useTownshipProgress();
  const setView = useAppStore((state) => state.setView);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { first, last, rowHeight } = useRowsInSight(bodyRef, ranking.length);
  const weekly = useWeeklyColumns();
  const columnCount = METRIC_DEFINITIONS.length + 4 + (weekly.wide ? GAIN_METRICS.length + 1 : 0);
  return (
    <section className="panel ranking" aria-label={text('ranking')}>
      <h2>{text('ranking')}</h2>
      <table className="ranking-table" data-testid="ranking" aria-rowcount={ranking.length + 1}>
        <colgroup>
          <col className="rank-column" />
          <col className="rank-change-column" />
          <col style={{ width: `${nameColumnEm(ranking.map((entry) => entry.township))}em` }} />
          {METRIC_DEFINITIONS.map((definition) => (
            <col key={definition.key} />
          ))}
          <col />
          {weekly.wide && GAIN_METRICS.map((key) => <col key={key} />)}
          {weekly.wide && <col className="pace-column" />}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="number">{text('rank')}</th>
            <th scope="col" className="number" title={text('rankChange')}>{text('rankChangeShort')}</th>
            <th scope="col">{text('township')}</th>
            {METRIC_DEFINITIONS.map((definition) => (
              <th key={definition.key} scope="col" className="number">
                {language === 'zh' ? definition.label : definition.labelEn}
              </th>
            ))}
            <th scope="col" className="number">{text('overall')}</th>
            {weekly.wide && <WeeklyGainHeaders />}
            {weekly.wide && <th scope="col">{text('timeProportional')}</th>}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {first > 0 && <RowGap rows={first} rowHeight={rowHeight} columns={columnCount} />}
          {/* Rows keyed by place: when the filter reorders townships, cells change text in place. */}
          {ranking.slice(first, last).map((entry, offset) => (
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
              {METRIC_DEFINITIONS.map((definition) => {
                const completion = progress.get(entry.township)?.[definition.key].completion ?? null;
                return (
                  <td key={definition.key} className={`number${completion !== null && completion > 1 ? ' exceeded' : ''}`}>
                    {formatCompletion(completion, language)}
                  </td>
                );
              })}
              <td className="number overall">
                {formatCompletion(entry.score, language)}
                {!weekly.wide && <PaceMark row={weekly.rows.get(entry.township)} full={false} />}
              </td>
              {weekly.wide && <WeeklyGainCells row={weekly.rows.get(entry.township)} />}
              {weekly.wide && <td data-column="pace"><PaceMark row={weekly.rows.get(entry.township)} full /></td>}
            </tr>
          ))}
          {last < ranking.length && <RowGap rows={ranking.length - last} rowHeight={rowHeight} columns={columnCount} />}
        </tbody>
      </table>
    </section>
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
