import { describe, expect, it } from 'vitest';
import { printLedgerParts, SMALLEST_PRINT_MM } from './print-ledger-layout';

const BESIDE_MAP = { width: 222, height: 150 };
const WHOLE_PAGE = { width: 404, height: 270 };

describe('printLedgerParts', () => {
  it('prints a small township beside the map, on one page, larger than 7 pt', () => {
    const parts = printLedgerParts(40, BESIDE_MAP, WHOLE_PAGE);
    expect(parts).toHaveLength(1);
    expect(parts[0].fontMm).toBeGreaterThan(SMALLEST_PRINT_MM);
    expect(parts[0].groups * parts[0].rowsPerGroup).toBeGreaterThanOrEqual(40);
  });

  it('continues on further pages rather than printing under 7 pt, and prints every row once', () => {
    for (const rows of [143, 274, 300, 1000]) {
      const parts = printLedgerParts(rows, BESIDE_MAP, WHOLE_PAGE);
      expect(parts[0].first).toBe(0);
      expect(parts.at(-1)?.last).toBe(rows);
      parts.forEach((part, index) => {
        expect(part.fontMm).toBeGreaterThanOrEqual(SMALLEST_PRINT_MM);
        expect(part.last - part.first).toBeLessThanOrEqual(part.groups * part.rowsPerGroup);
        if (index > 0) expect(part.first).toBe(parts[index - 1].last);
      });
    }
    expect(printLedgerParts(274, BESIDE_MAP, WHOLE_PAGE).length).toBeGreaterThan(1);
  });
});
