import { normalizeLedgerKey } from './normalize-ledger-key';

export type LedgerRow = Readonly<Record<string, string | number | boolean | null>>;

/** Which ledger row goes with which plot, and what was left on either side. */
export interface LedgerMatch {
  /** Ledger row position → plot position (in the arrays given). */
  matches: Array<{ row: number; plot: number }>;
  /** Ledger rows whose key no plot has. */
  rowsWithoutPlot: number[];
  /** Ledger rows with an empty key. */
  rowsWithoutKey: number[];
  /** Ledger rows whose key an earlier row already used; the first row wins. */
  repeatedRows: number[];
  /** Plots no ledger row names. */
  plotsWithoutRow: number[];
}

/** Joins ledger rows to plots by plot code, both normalised (normalizeLedgerKey). */
export function joinLedger(plotIds: readonly string[], rows: readonly LedgerRow[], keyColumn: string): LedgerMatch {
  const plotByKey = new Map<string, number>();
  plotIds.forEach((id, position) => {
    const key = normalizeLedgerKey(id);
    if (key !== '' && !plotByKey.has(key)) plotByKey.set(key, position);
  });
  const result: LedgerMatch = { matches: [], rowsWithoutPlot: [], rowsWithoutKey: [], repeatedRows: [], plotsWithoutRow: [] };
  const matchedPlots = new Set<number>();
  rows.forEach((row, position) => {
    const key = normalizeLedgerKey(row[keyColumn]);
    if (key === '') return result.rowsWithoutKey.push(position);
    const plot = plotByKey.get(key);
    if (plot === undefined) return result.rowsWithoutPlot.push(position);
    if (matchedPlots.has(plot)) return result.repeatedRows.push(position);
    matchedPlots.add(plot);
    result.matches.push({ row: position, plot });
  });
  plotIds.forEach((_, position) => {
    if (!matchedPlots.has(position)) result.plotsWithoutRow.push(position);
  });
  return result;
}
