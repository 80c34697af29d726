import { fileFinding, featureFinding, warning, type Finding } from '../findings';
import { assemblePlot, normalizePlotFields } from '../normalize-plot';
import { parseStage } from '../parse-stage';
import type { Plot } from '../types';
import { canonicalKeyOf, type LedgerMapping } from './ledger-mapping';
import { joinLedger, type LedgerMatch, type LedgerRow } from './join-ledger';

export interface LedgerApplied {
  plots: Plot[];
  findings: Finding[];
  match: LedgerMatch;
}

/** The plot's properties with the ledger row written over them, as the mapping says. */
export function propertiesWithRow(properties: Readonly<Record<string, unknown>>, row: LedgerRow, mapping: LedgerMapping): Record<string, unknown> {
  const result: Record<string, unknown> = { ...properties };
  for (const [column, value] of Object.entries(row)) {
    if (column === mapping.keyColumn) continue;
    const target = mapping.columns[column] ?? { kind: 'keep' };
    if (target.kind === 'skip' || value === null || value === '') continue;
    if (target.kind === 'keep') {
      result[column] = value;
      continue;
    }
    // The ledger's value replaces the plot's under every name of the same field.
    for (const existing of Object.keys(result)) if (canonicalKeyOf(existing) === target.key) delete result[existing];
    const word = typeof value === 'string' ? value.trim() : value;
    result[target.key] = target.key === 'stage' && typeof word === 'string' && parseStage(word) === null && mapping.stageWords[word] ? mapping.stageWords[word] : value;
  }
  return result;
}

function rowLabel(row: LedgerRow, mapping: LedgerMapping, position: number): { zh: string; en: string } {
  const key = row[mapping.keyColumn];
  const name = Object.entries(row).find(([column]) => canonicalKeyOf(column) === 'name')?.[1];
  const shownKey = key === null || key === undefined || key === '' ? '（空）' : String(key);
  const suffix = name ? ` ${String(name)}` : '';
  return { zh: `台账第 ${position + 2} 行（编号 ${shownKey}${suffix}）`, en: `ledger row ${position + 2} (code ${key === null || key === '' ? '(empty)' : String(key)}${suffix})` };
}

/**
 * Joins a ledger to the plots and writes each matched row over its plot's fields; every row and
 * every plot left over is a finding, so nothing is dropped unseen.
 */
export function applyLedger(plots: readonly Plot[], rows: readonly LedgerRow[], mapping: LedgerMapping, ledgerName: string): LedgerApplied {
  const match = joinLedger(
    plots.map((plot) => plot.id),
    rows,
    mapping.keyColumn,
  );
  const next = [...plots];
  const findings: Finding[] = [];
  for (const { row, plot: position } of match.matches) {
    const plot = plots[position];
    const properties = propertiesWithRow(plot.properties, rows[row], mapping);
    const { fields, issues } = normalizePlotFields(properties, plot.index);
    next[position] = assemblePlot(fields, plot.geometry, properties, plot.index);
    for (const issue of issues) findings.push(featureFinding({ index: plot.index, id: fields.id, name: fields.name }, issue));
  }
  findings.unshift(
    fileFinding(
      warning(
        'ledger-joined',
        `台账“${ledgerName}”按“${mapping.keyColumn}”与地块编号对应：${match.matches.length} 行已对应，${match.rowsWithoutPlot.length} 行没有对应地块，${match.plotsWithoutRow.length} 块地块没有台账行`,
        `ledger "${ledgerName}" joined on "${mapping.keyColumn}" to the plot codes: ${match.matches.length} rows matched, ${match.rowsWithoutPlot.length} rows with no plot, ${match.plotsWithoutRow.length} plots with no row`,
      ),
    ),
  );
  for (const row of match.rowsWithoutPlot) {
    const label = rowLabel(rows[row], mapping, row);
    findings.push(fileFinding(warning('ledger-row-without-plot', `${label.zh}没有对应的地块，未使用`, `${label.en} has no plot; it was not used`)));
  }
  for (const row of match.rowsWithoutKey) {
    const label = rowLabel(rows[row], mapping, row);
    findings.push(fileFinding(warning('ledger-row-without-key', `${label.zh}没有编号，未使用`, `${label.en} has no code; it was not used`)));
  }
  for (const row of match.repeatedRows) {
    const label = rowLabel(rows[row], mapping, row);
    findings.push(fileFinding(warning('ledger-row-repeated', `${label.zh}的编号与前面的行重复，按前面的行`, `${label.en} repeats the code of an earlier row; the earlier row was used`)));
  }
  for (const position of match.plotsWithoutRow) {
    const plot = plots[position];
    findings.push(featureFinding({ index: plot.index, id: plot.id, name: plot.name }, warning('plot-without-ledger-row', `台账“${ledgerName}”中没有编号 ${plot.id}`, `ledger "${ledgerName}" has no row with code ${plot.id}`)));
  }
  return { plots: next, findings, match };
}
