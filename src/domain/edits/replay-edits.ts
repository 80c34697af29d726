import type { Plot } from '../types';
import { fieldValue, inOrder, sameValue, withFieldValue, type EditBatch, type EditDecision, type EditValue, type PlotEdit } from './edit';

/** An edit that could not be re-applied by itself: the user decides (keep mine / take the file's). */
export interface EditConflict {
  edit: PlotEdit;
  author: string;
  at: string;
  /** `changed`: the plot's field no longer holds the value the edit was made on; `missing`: no such plot. */
  kind: 'changed' | 'missing';
  /** What the plot holds now (null for a missing plot). */
  current: EditValue;
}

export interface ReplayResult {
  /** The file's plots with the edits applied: edited plots are new objects, the others the file's own. */
  plots: Plot[];
  conflicts: EditConflict[];
  /** How many edits are in force. */
  applied: number;
}

/**
 * Applies the batches that are not undone, in order, to the file's plots. An edit applies where
 * the plot still holds the value it was made on; where it already holds the edit's value there
 * is nothing to do; otherwise (the file changed that field, or the plot is gone) the edit is a
 * conflict unless the user decided: `mine` applies it anyway, `file` leaves the file's value.
 */
export function replayEdits(
  filePlots: readonly Plot[],
  batches: readonly EditBatch[],
  decisions: ReadonlyMap<string, EditDecision>,
): ReplayResult {
  return applyBatches(filePlots, positionsOf(filePlots), inOrder(batches), decisions);
}

/**
 * Applies one more batch, later than every batch already applied, to the plots as they stand
 * (`shownPlots`, the file's plots with the earlier batches applied): the same result as
 * replaying all of them, at the cost of this batch alone. Its conflicts come on top of those
 * already known.
 */
export function appendBatch(
  filePlots: readonly Plot[],
  shownPlots: readonly Plot[],
  batch: EditBatch,
  decisions: ReadonlyMap<string, EditDecision>,
): ReplayResult {
  return applyBatches(shownPlots, positionsOf(filePlots), [batch], decisions);
}

function applyBatches(
  base: readonly Plot[],
  positionOf: ReadonlyMap<string, number>,
  batches: readonly EditBatch[],
  decisions: ReadonlyMap<string, EditDecision>,
): ReplayResult {
  let plots: Plot[] | null = null;
  const conflicts: EditConflict[] = [];
  let applied = 0;
  for (const batch of batches) {
    if (batch.undone) continue;
    for (const edit of batch.edits) {
      const decision = decisions.get(edit.id);
      if (decision === 'file') continue;
      const position = positionOf.get(edit.plotId);
      if (position === undefined) {
        conflicts.push({ edit, author: batch.author, at: batch.at, kind: 'missing', current: null });
        continue;
      }
      const plot = (plots ?? base)[position];
      const current = fieldValue(plot, edit.field);
      if (sameValue(current, edit.after)) {
        applied++;
        continue;
      }
      if (!sameValue(current, edit.before) && decision !== 'mine') {
        conflicts.push({ edit, author: batch.author, at: batch.at, kind: 'changed', current });
        continue;
      }
      plots ??= [...base];
      plots[position] = withFieldValue(plot, edit.field, edit.after);
      applied++;
    }
  }
  return { plots: plots ?? [...base], conflicts, applied };
}

const positions = new WeakMap<readonly Plot[], Map<string, number>>();

/** Each plot's place by id, found once per file: replaying after each edit need not walk 100,000 ids again. */
function positionsOf(plots: readonly Plot[]): Map<string, number> {
  let positionOf = positions.get(plots);
  if (!positionOf) {
    positionOf = new Map();
    for (let position = 0; position < plots.length; position++) positionOf.set(plots[position].id, position);
    positions.set(plots, positionOf);
  }
  return positionOf;
}
