import parseDbf from 'parsedbf';
import type { TextEncoding } from './encoding';

/** dBASE values as plain JSON: dates as yyyy-mm-dd, empty numbers as null. */
function plainValue(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const month = String(value.getMonth() + 1).padStart(2, '0');
    const day = String(value.getDate()).padStart(2, '0');
    return `${value.getFullYear()}-${month}-${day}`;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  return value;
}

/**
 * The attribute table's records, text decoded in `encoding`. Read with shpjs's own dBASE
 * reader, on its own: the page reads a table again when the user picks another encoding,
 * and shpjs as a whole brings proj4 with it (some 40 KB of gzip the page need not load).
 */
export function readDbfRecords(dbf: Uint8Array, encoding: TextEncoding): Record<string, unknown>[] {
  const records = parseDbf(new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength), encoding);
  return records.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, plainValue(value)])));
}
