import { describe, expect, it } from 'vitest';
import { bulkChangeOf, emptyBulkForm } from './bulk-form';

describe('the bulk edit form', () => {
  it('asks only for the ticked fields: 标记为已签约 on a date by default', () => {
    expect(bulkChangeOf(emptyBulkForm('2026-11-20'))).toEqual({ change: { stage: { key: 'signed', date: '2026-11-20' } } });
    expect(bulkChangeOf({ ...emptyBulkForm('2026-11-20'), changeStage: false, changeOfficer: true, officer: '张强' })).toEqual({ change: { officer: '张强' } });
  });

  it('refuses nothing ticked and a bad date', () => {
    expect(bulkChangeOf({ ...emptyBulkForm('2026-11-20'), changeStage: false })).toEqual({ error: 'noChange' });
    expect(bulkChangeOf({ ...emptyBulkForm('2026-13-40') })).toEqual({ error: 'badDate' });
  });
});
