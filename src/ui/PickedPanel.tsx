import { usePickedSummary } from '../state/tool-selectors';
import { useToolStore } from '../state/tool-store';
import { StageTallyTable } from './StageTallyTable';
import { useText } from './i18n';
import { BulkEditButton } from './edit/BulkEditCard';

/** Plots picked by shift-click or box: how many and how many mu per stage. */
export function PickedPanel() {
  const text = useText();
  const clear = useToolStore((state) => state.clearPicked);
  const { plots, summary } = usePickedSummary();
  if (plots.length === 0) return null;
  return (
    <section className="map-card" aria-label={text('picked')} data-testid="picked-panel">
      <header className="panel-header">
        <h2>
          {text('picked')} · {summary.plotCount}
        </h2>
        <button type="button" className="link-button" onClick={clear}>
          {text('clearPicked')}
        </button>
      </header>
      <StageTallyTable summary={summary} testId="picked-tally" />
      <BulkEditButton plots={plots} label="bulkEditPicked" testId="bulk-edit-picked" />
    </section>
  );
}
