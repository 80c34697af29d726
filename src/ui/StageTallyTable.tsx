import { formatMu } from '../domain/format';
import type { PlotSummary } from '../domain/summarize';
import { useStages } from '../state/selectors';
import { stageLabel, useLanguage, useText } from './i18n';

/** Plots and mu per stage of a summary, stages with no plot left out, and the total. */
export function StageTallyTable({ summary, testId }: { summary: PlotSummary; testId: string }) {
  const text = useText();
  const language = useLanguage();
  const stages = useStages();
  return (
    <table className="legend-table tally-table" data-testid={testId}>
      <tbody>
        {stages
          .filter((stage) => summary.byStage[stage.key].count > 0)
          .map((stage) => (
            <tr key={stage.key} data-stage={stage.key}>
              <th scope="row">
                <span className="swatch" style={{ background: stage.color }} aria-hidden="true" />
                {stageLabel(stage, language)}
              </th>
              <td className="number">
                {summary.byStage[stage.key].count} {text('plotsUnit')}
              </td>
              <td className="number">
                {formatMu(summary.byStage[stage.key].areaMu)} {text('mu')}
              </td>
            </tr>
          ))}
      </tbody>
      <tfoot>
        <tr data-stage="total">
          <th scope="row">{text('total')}</th>
          <td className="number">
            {summary.plotCount} {text('plotsUnit')}
          </td>
          <td className="number">
            {formatMu(summary.areaMu)} {text('mu')}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
