/** A ledger cell as plain text: trimmed, numbers written out, lists joined with 、, empty for nothing. */
export function parseText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(parseText).filter((item) => item !== '').join('、');
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}
