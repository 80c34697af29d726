import { describe, expect, it } from 'vitest';
import { isOverdue } from './overdue';
import { deepFreeze, makePlot } from './summary-fixtures';
import type { StageKey } from './types';

const DATE = '2026-11-15';

function plot(stage: StageKey, deadline: string | null) {
  return deepFreeze(makePlot({ id: 'P', stage, deadline }));
}

describe('isOverdue', () => {
  it('is overdue when the deadline is strictly before the reporting date', () => {
    expect(isOverdue(plot('signed', '2026-11-14'), DATE)).toBe(true);
    expect(isOverdue(plot('signed', '2025-12-31'), DATE)).toBe(true);
  });

  it('is not overdue on the deadline itself or before it', () => {
    expect(isOverdue(plot('signed', '2026-11-15'), DATE)).toBe(false);
    expect(isOverdue(plot('signed', '2026-11-16'), DATE)).toBe(false);
  });

  it('is never overdue without a deadline', () => {
    expect(isOverdue(plot('listed', null), DATE)).toBe(false);
    expect(isOverdue(plot('listed', ''), DATE)).toBe(false);
  });

  it('is never overdue once accepted or upgraded in place', () => {
    expect(isOverdue(plot('accepted', '2020-01-01'), DATE)).toBe(false);
    expect(isOverdue(plot('upgraded', '2020-01-01'), DATE)).toBe(false);
  });

  it('is overdue at every stage short of accepted', () => {
    const stages: StageKey[] = ['listed', 'negotiating', 'signed', 'demolished', 'reclaimed'];
    for (const stage of stages) expect(isOverdue(plot(stage, '2020-01-01'), DATE)).toBe(true);
  });
});
