import { editFieldLabel, editValueText } from '../../domain/edits/edit-field-labels';
import type { EditLogRow } from '../../domain/edits/edit-log';
import type { Language } from '../../domain/format';
import type { StageDefinition } from '../../domain/types';
import { toCsv, type CsvCell } from '../csv';

const HEADER: Readonly<Record<Language, readonly string[]>> = {
  zh: ['时间', '修改人', '地块编号', '企业名称', '镇街道', '字段', '原值', '新值', '批次', '状态'],
  en: ['Time', 'By', 'Plot ID', 'Name', 'Township', 'Field', 'Before', 'After', 'Batch', 'Status'],
};

/** The change log (台账变更记录) as CSV for Excel, one row per field changed, newest first. */
export function editLogCsv(rows: readonly EditLogRow[], stages: readonly StageDefinition[], language: Language): string {
  const undone = language === 'zh' ? '已撤销' : 'undone';
  const body = rows.map((row): CsvCell[] => [
    row.at,
    row.author,
    row.plotId,
    row.plotName,
    row.township,
    editFieldLabel(row.field, language),
    editValueText(row.field, row.before, stages, language),
    editValueText(row.field, row.after, stages, language),
    row.batchId,
    row.undone ? undone : '',
  ]);
  return toCsv([HEADER[language], ...body]);
}
