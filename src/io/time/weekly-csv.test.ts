import { describe, expect, it } from 'vitest';
import { deepFreeze, makePlot } from '../../domain/summary-fixtures';
import { weeklyReport } from '../../domain/time/weekly-report';
import type { Campaign } from '../../domain/types';
import { weeklyCsv } from './weekly-csv';

const campaign: Campaign = {
  name: '行动', nameEn: 'Campaign', reportingDate: '2026-11-15', stages: [], demo: false,
  targets: { 甲镇: { signedMu: 20 }, 乙镇: { signedMu: 10 } },
};
const plots = deepFreeze([
  makePlot({ id: 'A', index: 0, township: '甲镇', areaMu: 12.5, stage: 'signed', dates: { signedOn: '2026-11-10' } }),
  makePlot({ id: 'B', index: 1, township: '乙镇', areaMu: 6, stage: 'signed', dates: { signedOn: '2026-03-01' } }),
]);

describe('weeklyCsv', () => {
  it('writes a BOM, a header, a row per township in rank order with its change and gains, and the county', () => {
    const lines = weeklyCsv(weeklyReport(plots, campaign, '2026-11-15')).split('\r\n');
    expect(lines[0].startsWith('\uFEFF名次,名次变化,镇街道,本周新增签约(亩),本周新增拆除(亩),本周新增复垦(亩),签约腾退面积(亩),签约腾退面积完成率(%)')).toBe(true);
    expect(lines[1].startsWith('1,↑1,甲镇,12.5,0,0,12.5,62.5,')).toBe(true);
    expect(lines[1].endsWith(',62.5,87.4,落后时序进度')).toBe(true);
    expect(lines[2].startsWith('2,↓1,乙镇,0,0,0,6,60,')).toBe(true);
    expect(lines[3].startsWith(',,全县,12.5,0,0,18.5,61.7,')).toBe(true);
    expect(lines[4]).toBe('');
  });
});
