import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../summary-fixtures';
import type { EditBatch } from './edit';
import { filePlots, meta } from './edit-fixtures';
import { makeBatch } from './make-batch';
import { mergeBatches } from './merge-batches';
import { replayEdits } from './replay-edits';

function made(id: string, officer: string, at: string): EditBatch {
  const batch = makeBatch([filePlots()[0]], { officer }, meta(id, at));
  if (!batch) throw new Error('no batch');
  return deepFreeze(batch);
}

describe('mergeBatches', () => {
  it('adds a colleague’s new edits, keeps the ones we have, and lists the same id with other content', () => {
    const ours = made('mine', '张强', '2026-11-20T09:00:00+08:00');
    const theirs = made('theirs', '陈静', '2026-11-21T09:00:00+08:00');
    const clash = { ...ours, edits: [{ ...ours.edits[0], after: '刘洋' }] };
    const result = mergeBatches([ours], [ours, theirs, clash]);
    expect(result.added).toBe(1);
    expect(result.known).toBe(1);
    expect(result.clashes.map((edit) => edit.after)).toEqual(['刘洋']);
    expect(result.batches.map((batch) => batch.id)).toEqual(['mine', 'theirs']);
  });

  it('leaves two edits of the same field for a decision when the edits are replayed', () => {
    const ours = made('mine', '张强', '2026-11-20T09:00:00+08:00');
    const theirs = made('theirs', '陈静', '2026-11-21T09:00:00+08:00');
    const { batches } = mergeBatches([ours], [theirs]);
    const replayed = replayEdits(filePlots(), batches, new Map());
    expect(replayed.plots[0].officer).toBe('张强');
    expect(replayed.conflicts.map((conflict) => [conflict.edit.after, conflict.current])).toEqual([['陈静', '张强']]);
  });
});
