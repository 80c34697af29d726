import { formatCompletion } from '../domain/format';
import { METRIC_DEFINITIONS } from '../domain/metrics';
import { useRanking, useTownshipProgress } from '../state/battle-map-selectors';
import { useAppStore } from '../state/store';
import { useLanguage, useText } from './i18n';
import { nameColumnEm } from './ranking-columns';

/**
 * Townships by completion, best first; a row opens that township's battle map.
 * The table lays out with fixed column widths: every filter change rewrites hundreds of its
 * cells, and an auto-sized table would measure all of them again each time.
 */
export function RankingTable() {
  const text = useText();
  const language = useLanguage();
  const ranking = useRanking();
  const progress = useTownshipProgress();
  const setView = useAppStore((state) => state.setView);
  return (
    <section className="panel ranking" aria-label={text('ranking')}>
      <h2>{text('ranking')}</h2>
      <table className="ranking-table" data-testid="ranking">
        <colgroup>
          <col className="rank-column" />
          <col style={{ width: `${nameColumnEm(ranking.map((entry) => entry.township))}em` }} />
          {METRIC_DEFINITIONS.map((definition) => (
            <col key={definition.key} />
          ))}
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="number">{text('rank')}</th>
            <th scope="col">{text('township')}</th>
            {METRIC_DEFINITIONS.map((definition) => (
              <th key={definition.key} scope="col" className="number">
                {language === 'zh' ? definition.label : definition.labelEn}
              </th>
            ))}
            <th scope="col" className="number">{text('overall')}</th>
          </tr>
        </thead>
        <tbody>
          {/* Rows keyed by place: when the filter reorders townships, cells change text in place. */}
          {ranking.map((entry, place) => (
            <tr key={place} data-township={entry.township}>
              <td className="number rank">{entry.rank ?? '—'}</td>
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
              <td className="number overall">{formatCompletion(entry.score, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
