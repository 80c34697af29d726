import { formatCompletion, formatPercent } from '../../domain/format';
import { formatGain, formatRankChange } from '../../domain/time/format-rank-change';
import { useWeeklyReport } from '../../state/time-selectors';
import { useLanguage, useText } from '../i18n';
import { TrendChart } from './TrendChart';
import { WeeklyActions } from './WeeklyActions';
import { GAIN_LABELS, GAIN_METRICS, PaceMark } from './weekly-columns';
import './time.css';

/**
 * 本周通报: the ranking on the as-of date with this week's gains in mu and each township's rank
 * change since the end of last week, the county line, and the county's trend. A meeting slide
 * (after the townships' battle maps) and an A3 page in print.
 */
export function WeeklyReportPage() {
  const text = useText();
  const language = useLanguage();
  const report = useWeeklyReport();
  if (!report) return null;
  const gainHeader = (key: (typeof GAIN_METRICS)[number]) => `${text(GAIN_LABELS[key])}(${text('mu')})`;
  return (
    <div className="weekly-page" data-testid="weekly-report">
      <section className="panel weekly-ranking">
        <h2>
          {text('weeklyReport')}
          <span className="weekly-span">
            {text('weekOf')} {report.weekBefore} → {report.asOf} · {text('yearElapsed')} {formatPercent(report.elapsed)}
          </span>
        </h2>
        <WeeklyActions />
        <table className="weekly-table" data-testid="weekly-table">
          <thead>
            <tr>
              <th scope="col" className="number">{text('rank')}</th>
              <th scope="col" className="number">{text('rankChangeShort')}</th>
              <th scope="col">{text('township')}</th>
              {GAIN_METRICS.map((key) => (
                <th key={key} scope="col" className="number">
                  {text('weeklyGain')}
                  <br />
                  {gainHeader(key)}
                </th>
              ))}
              <th scope="col" className="number">{text('overall')}</th>
              <th scope="col">{text('timeProportional')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => {
              const direction = row.rankChange === null || row.rankChange === 0 ? 'held' : row.rankChange > 0 ? 'up' : 'down';
              return (
                <tr key={row.township} data-township={row.township}>
                  <td className="number">{row.rank ?? '—'}</td>
                  <td className={`number rank-change rank-${direction}`} data-column="rank-change">{formatRankChange(row.rankChange)}</td>
                  <th scope="row">{row.township}</th>
                  {GAIN_METRICS.map((key) => (
                    <td key={key} className="number" data-column={`gain-${key}`}>{formatGain(row.increments[key])}</td>
                  ))}
                  <td className="number overall">{formatCompletion(row.score, language)}</td>
                  <td data-column="pace"><PaceMark row={row} full /></td>
                </tr>
              );
            })}
            <tr className="weekly-county" data-township="">
              <td />
              <td />
              <th scope="row">{text('county')}</th>
              {GAIN_METRICS.map((key) => (
                <td key={key} className="number">{formatGain(report.county.increments[key])}</td>
              ))}
              <td className="number overall">{formatCompletion(report.county.score, language)}</td>
              <td data-column="pace"><PaceMark row={report.county} full /></td>
            </tr>
          </tbody>
        </table>
      </section>
      <TrendChart township={null} />
    </div>
  );
}
