import type { Plot } from '../../domain/types';
import { useEditStore } from '../../state/edit-store';
import { useEditText } from './edit-text';

/** 编辑: opens the plot's edit card (once the saved edits have been read). */
export function EditPlotButton({ plot }: { plot: Plot }) {
  const text = useEditText();
  const opening = useEditStore((state) => state.storage === 'opening');
  return (
    <button
      type="button"
      className="tool-button"
      data-testid="edit-plot"
      disabled={opening}
      onClick={() => useEditStore.setState({ editingPlot: plot.index })}
    >
      {text('edit')}
    </button>
  );
}
