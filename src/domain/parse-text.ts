import { valueText } from './value-text';

/** A ledger cell as plain text: trimmed, numbers written out, lists joined with 、, empty for nothing. */
export function parseText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(listItemText).filter((item) => item !== '').join('、');
  if (value === null || value === undefined) return '';
  return valueText(value);
}

/** An item of a list cell: nested lists and objects are written as JSON, never walked by recursion. */
function listItemText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  return valueText(value);
}
