import { describe, expect, it } from 'vitest';
import { filePlots, meta } from '../../domain/edits/edit-fixtures';
import { makeBatch } from '../../domain/edits/make-batch';
import { parseEditsFile, serializeEdits } from './edits-file';

describe('the edits file', () => {
  const batch = makeBatch(filePlots(), { stage: { key: 'signed', date: '2026-11-20' }, categories: ['厂中厂'] }, meta('b1'));
  if (!batch) throw new Error('no batch');

  it('reads back what it wrote: batches, edits and decisions', () => {
    const text = serializeEdits('退散进集 · campaign.json', [batch], new Map([[batch.edits[0].id, 'mine']]), '2026-11-30T10:00:00+08:00');
    const parsed = parseEditsFile(text);
    expect(parsed).toEqual({ ok: true, campaign: '退散进集 · campaign.json', batches: [batch], decisions: new Map([[batch.edits[0].id, 'mine']]) });
  });

  it('refuses a file that is not an edits file, or has a broken batch, naming the batch', () => {
    expect(parseEditsFile('{').ok).toBe(false);
    expect(parseEditsFile('{"type":"FeatureCollection","features":[]}')).toMatchObject({ ok: false, messageZh: '不是作战图导出的修改文件' });
    const broken = JSON.parse(serializeEdits('c', [batch], new Map(), '')) as { batches: Array<{ edits: Array<{ field: string }> }> };
    broken.batches[0].edits[0].field = 'geometry';
    expect(parseEditsFile(JSON.stringify(broken))).toMatchObject({ ok: false, messageZh: '修改文件中批次 b1 已损坏，未导入任何修改' });
  });
});
