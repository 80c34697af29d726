import { formatMu, type Language } from '../domain/format';
import { isOverdue } from '../domain/overdue';
import type { Plot, StageDefinition } from '../domain/types';
import { toCsv, type CsvCell } from './csv';

interface LedgerColumn {
  zh: string;
  en: string;
  value(plot: Plot, context: { stageLabel: (plot: Plot) => string; reportingDate: string; language: Language }): CsvCell;
}

const COLUMNS: readonly LedgerColumn[] = [
  { zh: '地块编号', en: 'Plot ID', value: (plot) => plot.id },
  { zh: '企业名称', en: 'Name', value: (plot) => plot.name },
  { zh: '镇街道', en: 'Township', value: (plot) => plot.township },
  { zh: '村', en: 'Village', value: (plot) => plot.village },
  { zh: '行业', en: 'Industry', value: (plot) => plot.industry },
  { zh: '类别', en: 'Categories', value: (plot) => plot.categories.join('、') },
  { zh: '阶段', en: 'Stage', value: (plot, { stageLabel }) => stageLabel(plot) },
  { zh: '测算面积(亩)', en: 'Measured area (mu)', value: (plot) => formatMu(plot.areaMu) },
  { zh: '台账面积(亩)', en: 'Ledger area (mu)', value: (plot) => (plot.declaredAreaMu === null ? null : formatMu(plot.declaredAreaMu)) },
  { zh: '责任人', en: 'Officer', value: (plot) => plot.officer },
  { zh: '计划完成时间', en: 'Deadline', value: (plot) => plot.deadline },
  {
    zh: '是否逾期',
    en: 'Overdue',
    value: (plot, { reportingDate, language }) => (isOverdue(plot, reportingDate) ? (language === 'zh' ? '逾期' : 'overdue') : ''),
  },
  { zh: '处置方式', en: 'Disposal', value: (plot) => plot.disposal },
  { zh: '利用方向', en: 'Reuse', value: (plot) => plot.reuse },
  { zh: '备注', en: 'Note', value: (plot) => plot.note },
  { zh: '走访时间', en: 'Visited on', value: (plot) => plot.dates.visitedOn ?? null },
  { zh: '评估时间', en: 'Assessed on', value: (plot) => plot.dates.assessedOn ?? null },
  { zh: '签约时间', en: 'Signed on', value: (plot) => plot.dates.signedOn ?? null },
  { zh: '拆除时间', en: 'Demolished on', value: (plot) => plot.dates.demolishedOn ?? null },
  { zh: '复垦时间', en: 'Reclaimed on', value: (plot) => plot.dates.reclaimedOn ?? null },
  { zh: '验收时间', en: 'Accepted on', value: (plot) => plot.dates.acceptedOn ?? null },
  { zh: '土地性质', en: 'Land ownership', value: (plot) => plot.landOwnership },
  { zh: '用地方式', en: 'Tenure', value: (plot) => plot.tenure },
  { zh: '亩均税收(万元/亩)', en: 'Tax per mu (10k yuan)', value: (plot) => plot.taxPerMu },
  { zh: '产值(万元)', en: 'Output value (10k yuan)', value: (plot) => plot.outputValue },
  { zh: '能耗(吨标煤)', en: 'Energy (tce)', value: (plot) => plot.energyTce },
];

/**
 * The ledger (台账) of the given plots, in the given order, as a CSV file for Excel: a 序号
 * column, the ledger fields, areas in mu with two decimals, the stage in words.
 */
export function ledgerCsv(
  plots: readonly Plot[],
  stages: readonly StageDefinition[],
  reportingDate: string,
  language: Language = 'zh',
): string {
  const labels = new Map(stages.map((stage) => [stage.key, language === 'zh' ? stage.label : stage.labelEn]));
  const context = { stageLabel: (plot: Plot) => labels.get(plot.stage) ?? plot.stage, reportingDate, language };
  const header: CsvCell[] = [language === 'zh' ? '序号' : 'No.', ...COLUMNS.map((column) => column[language])];
  const rows = plots.map((plot, position): CsvCell[] => [position + 1, ...COLUMNS.map((column) => column.value(plot, context))]);
  return toCsv([header, ...rows]);
}
