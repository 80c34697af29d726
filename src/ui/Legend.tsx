import { formatMu } from '../domain/format';
import type { PlotSummary } from '../domain/summarize';
import { useStages, useSummary } from '../state/selectors';
import { stageLabel, useLanguage, useText } from './i18n';

/**
 * Each stage's colour, name, plot count and area; the colour is never the only cue. Shows the
 * summary it is given (a township's on its battle map), or that of all plots passing the filter.
 */
export function Legend({ summary: given }: { summary?: PlotSummary } = {}) {
  const text = useText();
  const language = useLanguage();
  const stages = useStages();
  const filtered = useSummary();
  const summary = given ?? filtered;

  return (
    <section className="panel legend" aria-label={text('legend')}>
      <h2>{text('legend')}</h2>
      <table className="legend-table" data-testid="legend">
        <thead>
          <tr>
            <th scope="col">{text('stage')}</th>
            <th scope="col" className="number">{text('plots')}</th>
            <th scope="col" className="number">{text('mu')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.key} data-stage={stage.key}>
              <th scope="row">
                <span className="swatch" style={{ background: stage.color }} aria-hidden="true" />
                {stageLabel(stage, language)}
              </th>
              <td className="number">{summary.byStage[stage.key].count}</td>
              <td className="number">{formatMu(summary.byStage[stage.key].areaMu)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-stage="total">
            <th scope="row">{text('total')}</th>
            <td className="number">{summary.plotCount}</td>
            <td className="number">{formatMu(summary.areaMu)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
