import { describe, expect, it } from 'vitest';
import { stageDateIssues } from './validate-stage-dates';

function codes(...args: Parameters<typeof stageDateIssues>): string[] {
  return stageDateIssues(...args).map((issue) => `${issue.severity}:${issue.code}`);
}

describe('stageDateIssues', () => {
  it('accepts a stage with its dates in order', () => {
    expect(codes('accepted', { visitedOn: '2023-01-01', signedOn: '2023-02-01', demolishedOn: '2023-03-01', reclaimedOn: '2023-04-01', acceptedOn: '2023-05-01' })).toEqual([]);
    expect(codes('signed', { signedOn: '2023-02-01', visitedOn: '2023-01-01' })).toEqual([]);
  });

  it('says nothing when the ledger keeps no dates at all', () => {
    expect(codes('accepted', {})).toEqual([]);
  });

  it('warns of a date for a milestone the stage has not reached', () => {
    const [issue] = stageDateIssues('signed', { signedOn: '2023-02-01', demolishedOn: '2023-03-01' });
    expect(issue).toMatchObject({ severity: 'warning', code: 'stage-date-ahead' });
    expect(issue.zh).toBe('阶段为“已签约”，但已填写拆除时间 2023-03-01');
    expect(codes('listed', { visitedOn: '2023-01-01' })).toEqual(['warning:stage-date-ahead']);
  });

  it('warns of a reached milestone without its date when other dates are kept', () => {
    const [issue] = stageDateIssues('reclaimed', { signedOn: '2023-02-01' });
    expect(issue).toMatchObject({ severity: 'warning', code: 'stage-date-missing' });
    expect(issue.zh).toBe('阶段为“已复垦”，但缺少拆除时间、复垦时间');
  });

  it('warns of dates out of order', () => {
    const [issue] = stageDateIssues('demolished', { signedOn: '2023-05-01', demolishedOn: '2023-01-01' });
    expect(issue).toMatchObject({ severity: 'warning', code: 'stage-dates-out-of-order' });
    expect(issue.en).toBe('demolished on 2023-01-01 is before signed on 2023-05-01');
  });

  it('checks only the order of a plot upgraded in place', () => {
    expect(codes('upgraded', { visitedOn: '2023-01-01', signedOn: '2023-02-01' })).toEqual([]);
    expect(codes('upgraded', { visitedOn: '2023-03-01', signedOn: '2023-02-01' })).toEqual(['warning:stage-dates-out-of-order']);
  });
});
