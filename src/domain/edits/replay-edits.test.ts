import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../summary-fixtures';
import type { Plot } from '../types';
import { filePlots, meta } from './edit-fixtures';
import { makeBatch } from './make-batch';
import { appendBatch, replayEdits } from './replay-edits';

const NO_DECISIONS = new Map<string, 'mine' | 'file'>();

function signA1(): ReturnType<typeof makeBatch> {
  return makeBatch([filePlots()[0]], { stage: { key: 'signed', date: '2026-11-20' } }, meta('b1'));
}

describe('replayEdits', () => {
  it('applies the edits to new plot objects and keeps the file plots untouched', () => {
    const plots = filePlots();
    const batch = signA1();
    if (!batch) throw new Error('no batch');
    const result = replayEdits(plots, [batch], NO_DECISIONS);
    expect(result.plots[0]).not.toBe(plots[0]);
    expect(result.plots[0].stage).toBe('signed');
    expect(result.plots[0].dates).toEqual({ visitedOn: '2026-03-01', signedOn: '2026-11-20' });
    expect(result.plots[1]).toBe(plots[1]);
    expect(plots[0].stage).toBe('negotiating');
    expect(result.conflicts).toEqual([]);
    expect(result.applied).toBe(2);
  });

  it('skips undone batches', () => {
    const batch = signA1();
    if (!batch) throw new Error('no batch');
    const result = replayEdits(filePlots(), [{ ...batch, undone: true }], NO_DECISIONS);
    expect(result.plots[0].stage).toBe('negotiating');
  });

  it('lists an edit whose field the file changed, and a plot that is gone, instead of dropping them', () => {
    const batch = signA1();
    if (!batch) throw new Error('no batch');
    const changed: readonly Plot[] = deepFreeze([{ ...filePlots()[0], stage: 'listed', dates: {} }, filePlots()[2]]);
    const result = replayEdits(changed, [batch], NO_DECISIONS);
    expect(result.conflicts.map((conflict) => [conflict.edit.field, conflict.kind, conflict.current])).toEqual([['stage', 'changed', 'listed']]);
    // The date field still held what the edit was made on (empty): it applies.
    expect(result.plots[0].dates.signedOn).toBe('2026-11-20');
    const gone = replayEdits([filePlots()[1]], [batch], NO_DECISIONS);
    expect(gone.conflicts.map((conflict) => conflict.kind)).toEqual(['missing', 'missing']);
  });

  it('applies a conflicting edit the user keeps, and leaves the file value the user takes', () => {
    const batch = signA1();
    if (!batch) throw new Error('no batch');
    const changed: readonly Plot[] = deepFreeze([{ ...filePlots()[0], stage: 'listed' }]);
    const stageEdit = batch.edits[0].id;
    expect(replayEdits(changed, [batch], new Map([[stageEdit, 'mine']])).plots[0].stage).toBe('signed');
    const taken = replayEdits(changed, [batch], new Map([[stageEdit, 'file']]));
    expect(taken.plots[0].stage).toBe('listed');
    expect(taken.conflicts).toEqual([]);
  });

  it('treats a file that already holds the edited value as applied', () => {
    const batch = signA1();
    if (!batch) throw new Error('no batch');
    const updated: readonly Plot[] = deepFreeze([{ ...filePlots()[0], stage: 'signed', dates: { visitedOn: '2026-03-01', signedOn: '2026-11-20' } }]);
    const result = replayEdits(updated, [batch], NO_DECISIONS);
    expect(result.conflicts).toEqual([]);
    expect(result.plots[0]).toBe(updated[0]);
  });

  it('applies batches in time order, whatever order they are stored in', () => {
    const first = makeBatch([filePlots()[0]], { officer: '张强' }, meta('b1', '2026-11-20T09:00:00+08:00'));
    if (!first) throw new Error('no batch');
    const afterFirst = replayEdits(filePlots(), [first], NO_DECISIONS).plots;
    const second = makeBatch([afterFirst[0]], { officer: '陈静' }, meta('b2', '2026-11-21T09:00:00+08:00'));
    if (!second) throw new Error('no batch');
    const result = replayEdits(filePlots(), [second, first], NO_DECISIONS);
    expect(result.plots[0].officer).toBe('陈静');
    expect(result.conflicts).toEqual([]);
  });
});

describe('appendBatch', () => {
  it('gives the same plots as replaying every batch', () => {
    const first = makeBatch([filePlots()[0]], { officer: '张强' }, meta('b1', '2026-11-20T09:00:00+08:00'));
    if (!first) throw new Error('no batch');
    const shown = replayEdits(filePlots(), [first], NO_DECISIONS).plots;
    const second = makeBatch(shown, { stage: { key: 'signed', date: '2026-11-21' } }, meta('b2', '2026-11-21T09:00:00+08:00'));
    if (!second) throw new Error('no batch');
    const appended = appendBatch(filePlots(), shown, second, NO_DECISIONS);
    expect(appended.plots).toEqual(replayEdits(filePlots(), [first, second], NO_DECISIONS).plots);
    expect(appended.plots[1]).not.toBe(shown[1]);
    expect(appended.conflicts).toEqual([]);
  });
});
