import type { LedgerMatch, LedgerRow } from '../../domain/ledger/join-ledger';
import type { LedgerMapping } from '../../domain/ledger/ledger-mapping';
import type { Plot } from '../../domain/types';
import { toCsv, type CsvCell } from '../csv';

/** What a ledger join left on each side, as a person reads it and as the report file lists it. */
export interface LedgerReport {
  ledgerName: string;
  keyColumn: string;
  matched: number;
  rowsWithoutPlot: Array<{ row: number; key: string; name: string }>;
  plotsWithoutRow: Array<{ id: string; name: string }>;
  otherRows: Array<{ row: number; key: string; reason: 'no-key' | 'repeated' }>;
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function ledgerReport(ledgerName: string, rows: readonly LedgerRow[], plots: readonly Plot[], mapping: LedgerMapping, match: LedgerMatch, nameColumn: string | null): LedgerReport {
  const rowEntry = (row: number) => ({ row: row + 2, key: cellText(rows[row][mapping.keyColumn]), name: nameColumn ? cellText(rows[row][nameColumn]) : '' });
  return {
    ledgerName,
    keyColumn: mapping.keyColumn,
    matched: match.matches.length,
    rowsWithoutPlot: match.rowsWithoutPlot.map(rowEntry),
    plotsWithoutRow: match.plotsWithoutRow.map((position) => ({ id: plots[position].id, name: plots[position].name })),
    otherRows: [
      ...match.rowsWithoutKey.map((row) => ({ row: row + 2, key: '', reason: 'no-key' as const })),
      ...match.repeatedRows.map((row) => ({ row: row + 2, key: cellText(rows[row][mapping.keyColumn]), reason: 'repeated' as const })),
    ],
  };
}

/** The report as a CSV that opens in Excel: one line per row or plot left over. */
export function ledgerReportCsv(report: LedgerReport): string {
  const lines: CsvCell[][] = [['类别', '台账行号', '编号', '名称']];
  lines.push(['已对应行数', null, String(report.matched), null]);
  for (const row of report.rowsWithoutPlot) lines.push(['台账行没有对应地块', row.row, row.key, row.name]);
  for (const plot of report.plotsWithoutRow) lines.push(['地块没有台账行', null, plot.id, plot.name]);
  for (const row of report.otherRows) lines.push([row.reason === 'no-key' ? '台账行没有编号' : '台账行编号重复', row.row, row.key, null]);
  return toCsv(lines);
}
