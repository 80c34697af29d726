import { findingKind } from '../domain/finding-kinds';
import type { Finding } from '../domain/findings';
import type { Language } from '../domain/format';
import { toCsv, type CsvCell } from './csv';

/**
 * The data checks as a CSV file for Excel (UTF-8 with a byte-order mark), one row per finding in
 * the order given: feature number (1-based, empty for the file as a whole), plot code, outcome,
 * kind, code and the full message.
 */
export function findingsCsv(findings: readonly Finding[], order: readonly number[], language: Language = 'zh'): string {
  const zh = language === 'zh';
  const header: CsvCell[] = zh ? ['要素序号', '地块编号', '结果', '类别', '代码', '说明'] : ['Feature', 'Plot ID', 'Outcome', 'Kind', 'Code', 'Message'];
  const rows = order.map((position): CsvCell[] => {
    const finding = findings[position];
    const outcome = finding.severity === 'error' ? (zh ? '未载入' : 'rejected') : zh ? '已载入（提示）' : 'loaded (warning)';
    return [
      finding.featureIndex === null ? null : finding.featureIndex + 1,
      finding.featureId,
      outcome,
      findingKind(finding.code)[language],
      finding.code,
      zh ? finding.messageZh : finding.messageEn,
    ];
  });
  return toCsv([header, ...rows]);
}
