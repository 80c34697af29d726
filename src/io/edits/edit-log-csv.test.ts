import { describe, expect, it } from 'vitest';
import { filePlots, meta } from '../../domain/edits/edit-fixtures';
import { editLogRows } from '../../domain/edits/edit-log';
import { makeBatch } from '../../domain/edits/make-batch';
import { DEFAULT_STAGES } from '../../domain/stages';
import { editLogCsv } from './edit-log-csv';

describe('editLogCsv', () => {
  it('writes who, when, plot, field, before and after in words, batch and whether undone', () => {
    const batch = makeBatch([filePlots()[0]], { stage: { key: 'signed', date: '2026-11-20' } }, meta('b1', '2026-11-20T09:00:00+08:00'));
    if (!batch) throw new Error('no batch');
    const lines = editLogCsv(editLogRows([{ ...batch, undone: true }], filePlots()), DEFAULT_STAGES, 'zh').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('时间,修改人,地块编号,企业名称,镇街道,字段,原值,新值,批次,状态');
    expect(lines[1]).toBe('2026-11-20T09:00:00+08:00,李娜,A1,企业A1,史桥镇,阶段,洽谈中,已签约,b1,已撤销');
    expect(lines[2]).toBe('2026-11-20T09:00:00+08:00,李娜,A1,企业A1,史桥镇,签约时间,—,2026-11-20,b1,已撤销');
  });
});
