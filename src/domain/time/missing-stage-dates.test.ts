import { describe, expect, it } from 'vitest';
import { deepFreeze, makePlot } from '../summary-fixtures';
import { missingStageDates, MISSING_STAGE_DATE } from './missing-stage-dates';

describe('missingStageDates', () => {
  it('lists each plot whose own stage has no date, and says how it is counted', () => {
    const plots = deepFreeze([
      makePlot({ id: 'A', index: 0, stage: 'listed' }),
      makePlot({ id: 'B', index: 1, stage: 'signed', dates: { signedOn: '2026-03-01' } }),
      makePlot({ id: 'C', index: 4, name: '宏发织造', stage: 'demolished', dates: { signedOn: '2026-03-01' } }),
      makePlot({ id: 'D', index: 5, stage: 'negotiating', dates: { assessedOn: '2026-03-01' } }),
      makePlot({ id: 'E', index: 6, stage: 'upgraded' }),
    ]);
    const findings = missingStageDates(plots, '2026-11-15');
    expect(findings.map((finding) => finding.featureId)).toEqual(['C', 'E']);
    expect(findings[0]).toMatchObject({ featureIndex: 4, severity: 'warning', code: MISSING_STAGE_DATE });
    expect(findings[0].messageZh).toBe('第 5 个要素（宏发织造）：缺少阶段日期：阶段“已拆除”没有日期，按报告日期 2026-11-15 起计入该阶段，此前按上一阶段计；地块已载入。');
  });
});
