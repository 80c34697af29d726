const EXPONENT_NUMBER = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i;
const DIGITS = /^\d+$/;
const WHOLE_DECIMAL = /^(\d+)\.0+$/;

/**
 * A plot code reduced so that the ways people and Excel write it meet: full-width characters
 * made half-width, spaces dropped, letters upper-case, `001` = `1`, `1.23E+05` = `123000`,
 * `12.0` = `12`. Returns '' for an empty cell.
 */
export function normalizeLedgerKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? (Number.isInteger(value) ? String(value) : String(value)) : '';
  let text = String(value).normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (EXPONENT_NUMBER.test(text)) {
    const number = Number(text);
    if (Number.isFinite(number) && Number.isInteger(number)) return String(number);
  }
  const whole = WHOLE_DECIMAL.exec(text);
  if (whole) text = whole[1];
  if (DIGITS.test(text)) return text.replace(/^0+(?=\d)/, '');
  return text;
}
