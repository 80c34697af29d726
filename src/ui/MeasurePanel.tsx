import { squareMetresToMu } from '../domain/area';
import { formatHectares, formatKilometres, formatMetres, formatMu, formatSquareMetres } from '../domain/format';
import { useMeasurementFigures } from '../state/tool-selectors';
import { useToolStore } from '../state/tool-store';
import { StageTallyTable } from './StageTallyTable';
import { useText } from './i18n';

/** What the drawn shape measures on the ellipsoid, and for an outline the plots inside it. */
export function MeasurePanel() {
  const text = useText();
  const figures = useMeasurementFigures();
  const clear = useToolStore((state) => state.clearMeasurement);
  if (!figures) return null;
  return (
    <section className="map-card" aria-label={text('measurement')} data-testid="measure-result">
      <header className="panel-header">
        <h2>{text('measurement')}</h2>
        <button type="button" className="link-button" onClick={clear}>
          {text('close')}
        </button>
      </header>
      <dl className="measure-figures">
        {figures.kind === 'polygon' ? (
          <>
            <dt>{text('mu')}</dt>
            <dd data-testid="measure-mu">{formatMu(squareMetresToMu(figures.areaM2))}</dd>
            <dt>{text('squareMetres')}</dt>
            <dd data-testid="measure-square-metres">{formatSquareMetres(figures.areaM2)}</dd>
            <dt>{text('hectares')}</dt>
            <dd data-testid="measure-hectares">{formatHectares(figures.areaM2)}</dd>
            <dt>{text('perimeter')}</dt>
            <dd>
              {formatMetres(figures.lengthM)} {text('metres')}
            </dd>
          </>
        ) : (
          <>
            <dt>{text('length')}</dt>
            <dd data-testid="measure-metres">
              {formatMetres(figures.lengthM)} {text('metres')}
            </dd>
            <dt />
            <dd data-testid="measure-kilometres">
              {formatKilometres(figures.lengthM)} {text('kilometres')}
            </dd>
          </>
        )}
      </dl>
      {figures.inside && (
        <>
          <h3>{text('insideOutline')}</h3>
          <StageTallyTable summary={figures.inside} testId="measure-inside" />
        </>
      )}
    </section>
  );
}
