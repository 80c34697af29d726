import { describe, expect, it } from 'vitest';
import type { EditBatch } from './edit';
import { batchToRedo, batchToUndo, withUndone } from './undo-redo';

function batch(id: string, sequence: number, undone = false): EditBatch {
  return { id, author: '', at: '', sequence, edits: [], undone };
}

describe('undo and redo of batches', () => {
  it('undoes the latest batch in force and redoes the earliest undone one after it', () => {
    let batches = [batch('b2', 2), batch('b1', 1), batch('b3', 3)];
    expect(batchToUndo(batches)?.id).toBe('b3');
    expect(batchToRedo(batches)).toBeNull();
    batches = withUndone(batches, 'b3', true);
    expect(batchToUndo(batches)?.id).toBe('b2');
    batches = withUndone(batches, 'b2', true);
    expect(batchToRedo(batches)?.id).toBe('b2');
    batches = withUndone(batches, 'b2', false);
    expect(batchToRedo(batches)?.id).toBe('b3');
  });

  it('cannot redo what was undone before a newer edit', () => {
    const batches = [batch('b1', 1, true), batch('b2', 2)];
    expect(batchToRedo(batches)).toBeNull();
    expect(batchToUndo(batches)?.id).toBe('b2');
    expect(batchToUndo([batch('b1', 1, true)])).toBeNull();
  });
});
