import { LEDGER_COLUMN_EMS } from './poster-layout';

/** The smallest type on paper: 7 pt, in millimetres. */
export const SMALLEST_PRINT_MM = (7 / 72) * 25.4;
const ROW_LINE = 1.45;
const GROUP_GAP_EMS = 1.5;
const LEDGER_EMS = LEDGER_COLUMN_EMS.reduce((sum, em) => sum + em, 0);

/** A part of the printed ledger: rows side by side in `groups` columns of `rowsPerGroup`. */
export interface PrintLedgerPart {
  first: number;
  last: number;
  groups: number;
  rowsPerGroup: number;
  /** Type size in millimetres, never under 7 pt. */
  fontMm: number;
}

function partIn(width: number, height: number, first: number, rowCount: number): PrintLedgerPart {
  const remaining = rowCount - first;
  let best: PrintLedgerPart | null = null;
  for (let groups = 1; groups <= 6; groups++) {
    const rowsPerGroup = Math.max(1, Math.ceil(remaining / groups));
    const byHeight = height / (rowsPerGroup + 1) / ROW_LINE;
    const byWidth = width / (groups * LEDGER_EMS + (groups - 1) * GROUP_GAP_EMS);
    const fontMm = Math.min(byHeight, byWidth, 3.5);
    if (fontMm < SMALLEST_PRINT_MM) continue;
    if (!best || fontMm > best.fontMm) best = { first, last: rowCount, groups, rowsPerGroup, fontMm };
  }
  if (best) return best;
  // Not all of them fit at 7 pt: as many as fit, at 7 pt, in as many columns as the width holds.
  const groups = Math.max(1, Math.floor((width + GROUP_GAP_EMS * SMALLEST_PRINT_MM) / ((LEDGER_EMS + GROUP_GAP_EMS) * SMALLEST_PRINT_MM)));
  const rowsPerGroup = Math.max(1, Math.floor(height / (SMALLEST_PRINT_MM * ROW_LINE)) - 1);
  return { first, last: Math.min(rowCount, first + groups * rowsPerGroup), groups, rowsPerGroup, fontMm: SMALLEST_PRINT_MM };
}

/**
 * Splits a township's ledger for paper: the part beside the map on the battle map's page (in
 * `first`, millimetres), then, when not every row fits there at 7 pt or more, whole pages of
 * `next` size, until every row is printed.
 */
export function printLedgerParts(rowCount: number, first: { width: number; height: number }, next: { width: number; height: number }): PrintLedgerPart[] {
  const parts = [partIn(first.width, first.height, 0, rowCount)];
  while (parts[parts.length - 1].last < rowCount) parts.push(partIn(next.width, next.height, parts[parts.length - 1].last, rowCount));
  return parts;
}
