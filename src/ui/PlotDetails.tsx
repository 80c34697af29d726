import { formatMu } from '../domain/format';
import type { Plot } from '../domain/types';
import { useStages } from '../state/selectors';
import { useAppStore } from '../state/store';
import { stageLabel, useLanguage, useText } from './i18n';
import { originalPropertyRows, plotFieldRows } from './plot-fields';
import { useEditStore } from '../state/edit-store';
import { EditPlotButton } from './edit/EditPlotButton';
import { PlotEditCard } from './edit/PlotEditCard';

/** Every property of the clicked plot, always as text. */
export function PlotDetails({ plot }: { plot: Plot }) {
  const text = useText();
  const language = useLanguage();
  const stages = useStages();
  const selectPlot = useAppStore((state) => state.selectPlot);
  const stage = stages.find((candidate) => candidate.key === plot.stage);
  const editing = useEditStore((state) => state.editingPlot === plot.index);
  if (editing) return <PlotEditCard key={plot.index} plot={plot} />;

  return (
    <section className="panel plot-details" aria-label={text('plotDetails')} data-testid="plot-details">
      <header className="panel-header">
        <h2>{plot.name || plot.id}</h2>
        <EditPlotButton plot={plot} />
        <button type="button" className="link-button" onClick={() => selectPlot(null)}>
          {text('close')}
        </button>
      </header>
      <p className="plot-stage">
        <span className="swatch" style={{ background: stage?.color }} />
        {stage ? stageLabel(stage, language) : plot.stage}
        <span className="plot-area">
          {text('measuredArea')} {formatMu(plot.areaMu)} {text('mu')}
          {plot.declaredAreaMu !== null && (
            <>
              {' · '}
              {text('declaredArea')} {formatMu(plot.declaredAreaMu)} {text('mu')}
            </>
          )}
        </span>
      </p>
      <PropertyList rows={plotFieldRows(plot, language)} />
      <h3>{text('originalProperties')}</h3>
      <PropertyList rows={originalPropertyRows(plot)} />
    </section>
  );
}

function PropertyList({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl className="property-list">
      {rows.map(([label, value]) => (
        <div key={label} className="property-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
