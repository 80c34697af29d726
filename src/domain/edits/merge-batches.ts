import type { EditBatch, PlotEdit } from './edit';

export interface MergeResult {
  batches: EditBatch[];
  /** Edits that were not here before. */
  added: number;
  /** Edits already here, left as they were. */
  known: number;
  /** Edits with an id already here but different content: the local one is kept, these are listed. */
  clashes: PlotEdit[];
}

function sameEdit(a: PlotEdit, b: PlotEdit): boolean {
  return a.plotId === b.plotId && a.field === b.field && JSON.stringify([a.before, a.after]) === JSON.stringify([b.before, b.after]);
}

/**
 * A colleague's batches merged into ours by edit id: new edits are added (in their own batch,
 * in time order), edits we already have are kept as they are. Whether an added edit still
 * applies is decided when the edits are replayed (see replayEdits): nothing is dropped here.
 */
export function mergeBatches(local: readonly EditBatch[], incoming: readonly EditBatch[]): MergeResult {
  const editsById = new Map<string, PlotEdit>();
  for (const batch of local) for (const edit of batch.edits) editsById.set(edit.id, edit);
  const batchesById = new Map(local.map((batch) => [batch.id, batch]));
  let added = 0;
  let known = 0;
  const clashes: PlotEdit[] = [];
  for (const batch of incoming) {
    const fresh: PlotEdit[] = [];
    for (const edit of batch.edits) {
      const existing = editsById.get(edit.id);
      if (!existing) {
        fresh.push({ ...edit, batchId: batch.id });
        editsById.set(edit.id, edit);
      } else if (sameEdit(existing, edit)) known++;
      else clashes.push(edit);
    }
    if (fresh.length === 0) continue;
    added += fresh.length;
    const ours = batchesById.get(batch.id);
    batchesById.set(batch.id, ours ? { ...ours, edits: [...ours.edits, ...fresh] } : { ...batch, edits: fresh });
  }
  return { batches: [...batchesById.values()], added, known, clashes };
}
