import { useToolStore } from '../state/tool-store';
import { ShareLinkButton } from './ShareLinkButton';
import { useText } from './i18n';

/** Measuring and sharing, over the map: draw an area or a line, clear it, copy a link. */
export function MapToolbar() {
  const text = useText();
  const drawing = useToolStore((state) => state.drawing);
  const measuring = useToolStore((state) => state.drawing !== null || state.measurement !== null);
  const startDrawing = useToolStore((state) => state.startDrawing);
  const clear = useToolStore((state) => state.clearMeasurement);
  return (
    <div className="map-toolbar" role="toolbar" aria-label={text('measurement')}>
      <button type="button" className="tool-button" aria-pressed={drawing === 'polygon'} data-testid="measure-area" onClick={() => startDrawing('polygon')}>
        {text('measureArea')}
      </button>
      <button type="button" className="tool-button" aria-pressed={drawing === 'line'} data-testid="measure-length" onClick={() => startDrawing('line')}>
        {text('measureLength')}
      </button>
      {measuring && (
        <button type="button" className="tool-button" data-testid="measure-clear" onClick={clear}>
          {text('clearDrawing')}
        </button>
      )}
      <ShareLinkButton />
      <p className="map-hint" data-testid="map-hint">
        {drawing === 'polygon' ? text('drawPolygonHint') : drawing === 'line' ? text('drawLineHint') : text('pickHint')}
      </p>
    </div>
  );
}
