const FULL_WIDTH_DIGIT = /[０-９．－＋]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const NUMBER_WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(.*)$/i;
const THOUSANDS_SEPARATOR = /(\d),(?=\d{3}(?:\D|$))/g;

function isBlankText(text: string): boolean {
  return text === '' || text === '-' || text === '—' || text === '/' || text === '无';
}

/**
 * A number from a ledger cell: a JSON number, or text such as "34亩", "1,234.5", " 12.5 ".
 * `units` lists the unit words allowed after the number (e.g. 亩, 万元).
 * Returns null when the cell is empty and NaN when it holds something that is not a number.
 */
export function parseNumber(value: unknown, units: readonly string[] = []): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const text = value
    .trim()
    .replace(FULL_WIDTH_DIGIT, (character) => String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(THOUSANDS_SEPARATOR, '$1');
  if (isBlankText(text)) return null;
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match) return Number.NaN;
  const unit = match[2].trim().toLowerCase();
  if (unit !== '' && !units.includes(unit)) return Number.NaN;
  return Number(match[1]);
}
