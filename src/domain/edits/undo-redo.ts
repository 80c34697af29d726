import { inOrder, type EditBatch } from './edit';

/** The batch Ctrl+Z takes back: the latest one in force. */
export function batchToUndo(batches: readonly EditBatch[]): EditBatch | null {
  const ordered = inOrder(batches);
  for (let position = ordered.length - 1; position >= 0; position--) {
    if (!ordered[position].undone) return ordered[position];
  }
  return null;
}

/**
 * The batch Ctrl+Shift+Z puts back: the earliest undone batch after the latest one in force.
 * A new edit after an undo makes the undone batches before it final (they stay in the log).
 */
export function batchToRedo(batches: readonly EditBatch[]): EditBatch | null {
  const ordered = inOrder(batches);
  let candidate: EditBatch | null = null;
  for (let position = ordered.length - 1; position >= 0; position--) {
    if (!ordered[position].undone) break;
    candidate = ordered[position];
  }
  return candidate;
}

/** The same batches with one marked undone (or in force again). */
export function withUndone(batches: readonly EditBatch[], batchId: string, undone: boolean): EditBatch[] {
  return batches.map((batch) => (batch.id === batchId ? { ...batch, undone } : batch));
}
