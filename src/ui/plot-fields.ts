import type { Language } from '../state/language';
import type { Plot } from '../domain/types';
import { valueText } from '../domain/value-text';

/** Labels for the canonical properties, in the order a ledger lists them. */
const FIELD_LABELS: ReadonlyArray<[keyof Plot | `dates.${string}`, string, string]> = [
  ['id', '地块编号', 'Plot ID'],
  ['township', '镇街道', 'Township'],
  ['village', '村', 'Village'],
  ['industry', '行业', 'Industry'],
  ['categories', '类别', 'Categories'],
  ['officer', '责任人', 'Officer'],
  ['deadline', '计划完成时间', 'Deadline'],
  ['dates.visitedOn', '走访时间', 'Visited'],
  ['dates.assessedOn', '评估时间', 'Assessed'],
  ['dates.signedOn', '签约时间', 'Signed'],
  ['dates.demolishedOn', '拆除时间', 'Demolished'],
  ['dates.reclaimedOn', '复垦时间', 'Reclaimed'],
  ['dates.acceptedOn', '验收时间', 'Accepted'],
  ['landOwnership', '土地权属', 'Land ownership'],
  ['tenure', '用地方式', 'Tenure'],
  ['disposal', '处置方式', 'Disposal'],
  ['reuse', '利用方向', 'Reuse'],
  ['taxPerMu', '亩均税收(万元)', 'Tax per mu (10k yuan)'],
  ['outputValue', '产值(万元)', 'Output (10k yuan)'],
  ['energyTce', '能耗(吨标煤)', 'Energy (tce)'],
  ['note', '备注', 'Note'],
];

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(listItemText).join('、');
  if (typeof value === 'object') return valueText(value);
  return String(value);
}

/** An item of a list: nested lists and objects as JSON text, written out without recursion. */
function listItemText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return valueText(value);
  return String(value);
}

/** [label, value] rows of the plot's canonical fields that have a value. */
export function plotFieldRows(plot: Plot, language: Language): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [key, zh, en] of FIELD_LABELS) {
    const value = key.startsWith('dates.')
      ? plot.dates[key.slice(6) as keyof Plot['dates']]
      : plot[key as keyof Plot];
    const textValue = asText(value);
    if (textValue !== '') rows.push([language === 'zh' ? zh : en, textValue]);
  }
  return rows;
}

/** Every property exactly as the file had it, unknown ones included. */
export function originalPropertyRows(plot: Plot): Array<[string, string]> {
  return Object.entries(plot.properties).map(([key, value]) => [key, asText(value)]);
}
