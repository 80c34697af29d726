import { formatMu, type Language } from '../format';
import type { StageDefinition } from '../types';
import type { EditField, EditValue } from './edit';

const LABELS: Readonly<Record<EditField, { zh: string; en: string }>> = {
  stage: { zh: '阶段', en: 'Stage' },
  visitedOn: { zh: '走访时间', en: 'Visited on' },
  assessedOn: { zh: '评估时间', en: 'Assessed on' },
  signedOn: { zh: '签约时间', en: 'Signed on' },
  demolishedOn: { zh: '拆除时间', en: 'Demolished on' },
  reclaimedOn: { zh: '复垦时间', en: 'Reclaimed on' },
  acceptedOn: { zh: '验收时间', en: 'Accepted on' },
  officer: { zh: '责任人', en: 'Officer' },
  deadline: { zh: '计划完成时间', en: 'Deadline' },
  declaredAreaMu: { zh: '台账面积(亩)', en: 'Ledger area (mu)' },
  categories: { zh: '类别', en: 'Categories' },
  note: { zh: '备注', en: 'Note' },
};

export function editFieldLabel(field: EditField, language: Language): string {
  return LABELS[field][language];
}

/** A field's value in words, as the log shows it: the stage by its label, areas with two decimals, empty as —. */
export function editValueText(field: EditField, value: EditValue, stages: readonly StageDefinition[], language: Language): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (field === 'stage') {
    const stage = stages.find((candidate) => candidate.key === value);
    return stage ? (language === 'zh' ? stage.label : stage.labelEn) : String(value);
  }
  if (typeof value === 'number') return formatMu(value);
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}
