import { formatCompletion, formatMu } from '../domain/format';
import type { FilteredShare } from '../domain/filtered-share';
import { METRIC_DEFINITIONS, type MetricDefinition } from '../domain/metrics';
import type { MetricProgress, MetricProgressSet } from '../domain/targets';
import { useLanguage, useText } from './i18n';

function formatAmount(value: number, definition: MetricDefinition): string {
  return definition.unit === 'mu' ? formatMu(value) : String(Math.round(value));
}

/**
 * Target, done and completion for each metric, as figures and as a bar; past 100 % is marked 超额完成.
 * Completion is on all the plots; with a filter, the filtered part's figure stands beside it.
 */
export function TargetsPanel({ progress, share = null, title, testId }: {
  progress: MetricProgressSet;
  share?: FilteredShare | null;
  title: string;
  testId: string;
}) {
  const text = useText();
  const language = useLanguage();
  return (
    <section className="panel targets" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      <table className="targets-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="number">{text('target')}</th>
            <th scope="col" className="number">{text('done')}</th>
            <th scope="col" className="number">{text('completion')}</th>
          </tr>
        </thead>
        <tbody>
          {METRIC_DEFINITIONS.map((definition) => (
            <TargetRow
              key={definition.key}
              definition={definition}
              progress={progress[definition.key]}
              filtered={share ? share.metrics[definition.key] : null}
              language={language}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TargetRow({ definition, progress, filtered, language }: {
  definition: MetricDefinition;
  progress: MetricProgress;
  filtered: number | null;
  language: 'zh' | 'en';
}) {
  const text = useText();
  const unit = definition.unit === 'mu' ? text('mu') : text('enterprisesUnit');
  const exceeded = progress.completion !== null && progress.completion > 1;
  const filled = Math.min(1, progress.completion ?? 0);
  return (
    <>
      <tr className="target-figures" data-metric={definition.key} data-exceeded={exceeded}>
        <th scope="row">{language === 'zh' ? definition.label : definition.labelEn}</th>
        <td className="number">{progress.target === null ? '—' : `${formatAmount(progress.target, definition)} ${unit}`}</td>
        <td className="number">
          {`${formatAmount(progress.done, definition)} ${unit}`}
          {filtered !== null && (
            <span className="filtered-share" data-testid="filtered-share">
              {text('filteredShare')} {`${formatAmount(filtered, definition)} ${unit}`}
            </span>
          )}
        </td>
        <td className="number completion">
          {formatCompletion(progress.completion, language)}
          {exceeded && <span className="exceeded-badge">{text('exceeded')}</span>}
        </td>
      </tr>
      <tr className="target-bar-row" aria-hidden="true">
        <td colSpan={4}>
          <div className={`target-bar${exceeded ? ' target-bar-exceeded' : ''}`}>
            <div className="target-bar-fill" style={{ width: `${filled * 100}%` }} />
          </div>
        </td>
      </tr>
    </>
  );
}
