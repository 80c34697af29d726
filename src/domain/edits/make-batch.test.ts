import { describe, expect, it } from 'vitest';
import { filePlots, meta } from './edit-fixtures';
import { makeBatch } from './make-batch';

describe('makeBatch', () => {
  it('writes the stage and its date, one edit per field, before taken from the plot', () => {
    const [plot] = filePlots();
    const batch = makeBatch([plot], { stage: { key: 'signed', date: '2026-11-20' } }, meta('b1'));
    expect(batch?.edits).toEqual([
      { id: 'b1-0', batchId: 'b1', plotId: 'A1', field: 'stage', before: 'negotiating', after: 'signed' },
      { id: 'b1-1', batchId: 'b1', plotId: 'A1', field: 'signedOn', before: null, after: '2026-11-20' },
    ]);
    expect(batch?.author).toBe('李娜');
    expect(batch?.undone).toBe(false);
  });

  it('clears the dates of later milestones when a plot is moved back', () => {
    const plot = filePlots()[1];
    const batch = makeBatch([plot], { stage: { key: 'signed', date: '2026-04-01' } }, meta('b2'));
    expect(batch?.edits.map((edit) => [edit.field, edit.before, edit.after])).toEqual([
      ['stage', 'demolished', 'signed'],
      ['demolishedOn', '2026-06-01', null],
    ]);
  });

  it('leaves out fields that would not change, and returns null when nothing changes', () => {
    const [plot] = filePlots();
    expect(makeBatch([plot], { officer: ' 王伟 ' }, meta('b3'))).toBeNull();
    const batch = makeBatch([plot], { officer: '王伟', note: '已约谈' }, meta('b4'));
    expect(batch?.edits.map((edit) => edit.field)).toEqual(['note']);
  });

  it('makes one batch for many plots', () => {
    const batch = makeBatch(filePlots(), { stage: { key: 'signed', date: '2026-11-20' } }, meta('bulk'));
    expect(new Set(batch?.edits.map((edit) => edit.plotId))).toEqual(new Set(['A1', 'A2', 'B1']));
    expect(batch?.edits.every((edit) => edit.batchId === 'bulk')).toBe(true);
  });
});
