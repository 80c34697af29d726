import { describe, expect, it } from 'vitest';
import { deepFreeze, makePlot } from '../summary-fixtures';
import { stageOnDate } from './stage-on-date';

const REPORTING = '2026-11-15';
const demolished = deepFreeze(
  makePlot({
    id: 'A',
    stage: 'demolished',
    dates: { visitedOn: '2026-02-10', assessedOn: '2026-02-01', signedOn: '2026-04-01', demolishedOn: '2026-06-30' },
  }),
);

describe('stageOnDate', () => {
  it('is the last stage reached on or before the date', () => {
    expect(stageOnDate(demolished, '2026-01-31', REPORTING)).toBe('listed');
    expect(stageOnDate(demolished, '2026-02-01', REPORTING)).toBe('negotiating');
    expect(stageOnDate(demolished, '2026-03-31', REPORTING)).toBe('negotiating');
    expect(stageOnDate(demolished, '2026-04-01', REPORTING)).toBe('signed');
    expect(stageOnDate(demolished, '2026-06-29', REPORTING)).toBe('signed');
    expect(stageOnDate(demolished, '2026-06-30', REPORTING)).toBe('demolished');
  });

  it('never goes past the ledger stage, whatever later dates say', () => {
    const signed = makePlot({ id: 'B', stage: 'signed', dates: { signedOn: '2026-03-01', demolishedOn: '2026-05-01' } });
    expect(stageOnDate(signed, '2026-10-01', REPORTING)).toBe('signed');
  });

  it('counts a stage with no date from the reporting date on, at the stage before until then', () => {
    const signed = makePlot({ id: 'C', stage: 'signed', dates: { visitedOn: '2026-03-01' } });
    expect(stageOnDate(signed, '2026-11-14', REPORTING)).toBe('negotiating');
    expect(stageOnDate(signed, REPORTING, REPORTING)).toBe('signed');
  });

  it('takes a missing earlier date from the stage after it', () => {
    const reclaimed = makePlot({ id: 'D', stage: 'reclaimed', dates: { signedOn: '2026-03-01', reclaimedOn: '2026-08-01' } });
    expect(stageOnDate(reclaimed, '2026-07-31', REPORTING)).toBe('signed');
    expect(stageOnDate(reclaimed, '2026-08-01', REPORTING)).toBe('reclaimed');
  });

  it('holds the ledger stage at the reporting date even when a date lies after it', () => {
    const accepted = makePlot({ id: 'E', stage: 'accepted', dates: { signedOn: '2026-01-05', demolishedOn: '2026-02-05', reclaimedOn: '2026-03-05', acceptedOn: '2026-12-01' } });
    expect(stageOnDate(accepted, REPORTING, REPORTING)).toBe('accepted');
    expect(stageOnDate(accepted, '2026-11-14', REPORTING)).toBe('reclaimed');
  });

  it('upgrades a plot in place from its last recorded date, after negotiating', () => {
    const upgraded = makePlot({ id: 'F', stage: 'upgraded', dates: { visitedOn: '2026-03-01', assessedOn: '2026-05-01' } });
    expect(stageOnDate(upgraded, '2026-02-28', REPORTING)).toBe('listed');
    expect(stageOnDate(upgraded, '2026-04-30', REPORTING)).toBe('negotiating');
    expect(stageOnDate(upgraded, '2026-05-01', REPORTING)).toBe('upgraded');
  });
});
