import { formatMu } from '../domain/format';
import { useSummary } from '../state/selectors';
import { useAppStore } from '../state/store';
import { stageLabel, useLanguage, useText } from './i18n';

/** Each stage's colour, name, plot count and area; the colour is never the only cue. */
export function Legend() {
  const text = useText();
  const language = useLanguage();
  const stages = useAppStore((state) => state.data?.campaign.stages ?? []);
  const summary = useSummary();

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
