import type { Plot } from '../types';
import { inOrder, type EditBatch, type EditField, type EditValue } from './edit';

/** One line of the change log (台账变更记录): one field of one plot in one batch. */
export interface EditLogRow {
  editId: string;
  batchId: string;
  author: string;
  at: string;
  plotId: string;
  /** From the plots as they are now; empty for a plot no longer in the file. */
  plotName: string;
  township: string;
  field: EditField;
  before: EditValue;
  after: EditValue;
  undone: boolean;
}

export interface EditLogFilter {
  /** Part of a plot id or name. */
  plot: string;
  township: string | null;
  /** The day the edit was made, ISO yyyy-mm-dd; null for any day. */
  day: string | null;
}

export const EMPTY_LOG_FILTER: EditLogFilter = { plot: '', township: null, day: null };

/** Every edit of every batch, newest batch first. */
export function editLogRows(batches: readonly EditBatch[], plots: readonly Plot[]): EditLogRow[] {
  const plotById = new Map<string, Plot>();
  for (const plot of plots) plotById.set(plot.id, plot);
  const rows: EditLogRow[] = [];
  for (const batch of inOrder(batches).reverse()) {
    for (const edit of batch.edits) {
      const plot = plotById.get(edit.plotId);
      rows.push({
        editId: edit.id,
        batchId: batch.id,
        author: batch.author,
        at: batch.at,
        plotId: edit.plotId,
        plotName: plot?.name ?? '',
        township: plot?.township ?? '',
        field: edit.field,
        before: edit.before,
        after: edit.after,
        undone: batch.undone,
      });
    }
  }
  return rows;
}

/** The log rows of one plot (id or name containing the text), township and day. */
export function filterEditLog(rows: readonly EditLogRow[], filter: EditLogFilter): EditLogRow[] {
  const text = filter.plot.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (text === '' || row.plotId.toLowerCase().includes(text) || row.plotName.toLowerCase().includes(text)) &&
      (filter.township === null || row.township === filter.township) &&
      (filter.day === null || row.at.slice(0, 10) === filter.day),
  );
}
