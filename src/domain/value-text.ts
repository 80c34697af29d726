/**
 * Any value read from a file as JSON text, without recursion: a property nested 10,000 deep is
 * written out like any other instead of overflowing the stack. Numbers too large for a double
 * (1e400 reads as Infinity) are written as such rather than as JSON's "null". Stops once the
 * text reaches `limit` characters.
 */
export function valueText(value: unknown, limit = Number.POSITIVE_INFINITY): string {
  return writeJson(value, limit, numberTooLargeText);
}

/**
 * JSON text exactly as JSON.stringify writes it (numbers too large for a double as null), but
 * for values of any depth: the native writer is used where it can, and this one where the
 * value is nested too deep for it.
 */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return writeJson(value, Number.POSITIVE_INFINITY, () => 'null');
  }
}

/**
 * JSON text that `JSON.parse` reads back as the same value, for values of any depth, written
 * without recursion. Numbers too large for a double (1e400 reads as Infinity) are written as
 * `1e400` / `-1e400`, which read back as Infinity again, rather than as JSON's "null".
 */
export function reparsableJsonText(value: unknown): string {
  return writeJson(value, Number.POSITIVE_INFINITY, (number) => (Number.isNaN(number) ? 'null' : number > 0 ? '1e400' : '-1e400'));
}

function writeJson(value: unknown, limit: number, nonFinite: (value: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  // Work to do, last first: text to write as it is, or a value still to be written out.
  const pending: Array<{ text: string } | { value: unknown }> = [{ value }];
  while (pending.length > 0 && length < limit) {
    const item = pending.pop() as { text: string } | { value: unknown };
    if ('text' in item) {
      parts.push(item.text);
      length += item.text.length;
      continue;
    }
    const current = item.value;
    if (Array.isArray(current)) {
      pending.push({ text: ']' });
      for (let index = current.length - 1; index >= 0; index--) {
        pending.push({ value: current[index] });
        if (index > 0) pending.push({ text: ',' });
      }
      pending.push({ text: '[' });
      continue;
    }
    if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      pending.push({ text: '}' });
      for (let index = entries.length - 1; index >= 0; index--) {
        pending.push({ value: entries[index][1] });
        pending.push({ text: `${JSON.stringify(entries[index][0])}:` });
        if (index > 0) pending.push({ text: ',' });
      }
      pending.push({ text: '{' });
      continue;
    }
    const text = typeof current === 'number' && !Number.isFinite(current) ? nonFinite(current) : scalarText(current);
    parts.push(text);
    length += text.length;
  }
  const joined = parts.join('');
  return joined.length > limit ? joined.slice(0, limit) : joined;
}

function scalarText(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'function' || typeof value === 'symbol') return String(typeof value);
  return String(value);
}

function numberTooLargeText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}
