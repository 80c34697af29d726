/** A CSV cell: text, a number written as it is, or nothing. */
export type CsvCell = string | number | null;

/**
 * Text that Excel would run as a formula (=, +, -, @ or a control character first) gets a
 * leading apostrophe, which Excel hides and which turns it back into plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file that Excel opens with Chinese intact: UTF-8 with a byte-order mark, comma
 * separated, CRLF line ends (also after the last row), fields quoted when they must be.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
