import { describe, expect, it } from 'vitest';
import { importFixture, readFixture } from './import-test-helpers';
import { parseStage } from '../../domain/parse-stage';
import { applyLedger } from '../../domain/ledger/apply-ledger';
import { guessMapping, unknownStageWords } from '../../domain/ledger/ledger-mapping';

describe('ledger joined to plots', () => {
  it.each(['台账.xlsx', '台账-gbk.csv'])('%s: numeric, padded, full-width and 1.23E+05 keys all meet their plots', async (ledger) => {
    const { result } = await importFixture('cpg-gbk/');
    const { tables } = await readFixture(ledger);
    const [table] = tables;
    expect(table.columns).toEqual(['地块编号', '企业名称', '状态', '责任人', '计划完成时间', '联系电话']);
    const mapping = guessMapping(table.columns, null);
    expect(mapping.keyColumn).toBe('地块编号');
    expect(mapping.columns['联系电话']).toEqual({ kind: 'keep' });
    const applied = applyLedger(result.plots, table.rows, mapping, ledger);
    expect(applied.match.matches).toHaveLength(4);
    expect(applied.match.rowsWithoutPlot).toEqual([4]);
    expect(applied.match.plotsWithoutRow).toEqual([]);
    expect(applied.plots.map((plot) => plot.stage)).toEqual(['demolished', 'demolished', 'negotiating', 'accepted']);
    expect(applied.plots.map((plot) => plot.officer)).toEqual(['张建国', '李卫东', '王海燕', '赵明']);
    expect(applied.plots[0].properties['联系电话']).toBe('0573-1234567');
    expect(applied.plots[0].deadline).toBe('2026-12-31');
    expect(applied.findings.map((finding) => finding.messageZh).join('\n')).toContain('没有对应的地块');
  });

  it('lists the stage words it does not know, and uses the stage they are mapped to', async () => {
    const { result } = await importFixture('cpg-gbk/');
    const rows = [{ 地块编号: '001', 状态: '已腾空' }];
    const mapping = guessMapping(['地块编号', '状态'], null);
    expect(unknownStageWords(rows, mapping, (word) => parseStage(word) !== null)).toEqual(['已腾空']);
    const applied = applyLedger(result.plots, rows, { ...mapping, stageWords: { 已腾空: 'signed' } }, 'ledger');
    expect(applied.plots[0].stage).toBe('signed');
  });
});
