import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { decodeText, probeEncoding, type EncodingDecision, type TextEncoding } from './encoding';
import type { RawTable } from './import-types';

type Cell = string | number | boolean | null;

/** Column names made unique and non-empty: a blank header becomes 列3, a repeat 名称_2. */
function uniqueColumns(header: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return header.map((value, position) => {
    const base = value === null || value === undefined || String(value).trim() === '' ? `列${position + 1}` : String(value).trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}

function tableFrom(name: string, grid: readonly (readonly unknown[])[], encoding: EncodingDecision | null, csv: Uint8Array | null): RawTable {
  const headerAt = grid.findIndex((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''));
  if (headerAt < 0) return { name, columns: [], rows: [], encoding, csv };
  const columns = uniqueColumns(grid[headerAt]);
  const rows = grid
    .slice(headerAt + 1)
    .filter((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''))
    .map((row) => Object.fromEntries(columns.map((column, position) => [column, cellValue(row[position])])));
  return { name, columns, rows, encoding, csv };
}

function cellValue(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** A CSV ledger, in the encoding given or the one a UTF-8 probe finds (GBK when not UTF-8). */
export function readCsv(name: string, bytes: Uint8Array, chosen: TextEncoding | null = null): RawTable {
  const encoding: EncodingDecision = chosen ? { encoding: chosen, source: 'chosen', evidence: '' } : probeEncoding(bytes);
  const parsed = Papa.parse<string[]>(decodeText(bytes, encoding.encoding), { skipEmptyLines: 'greedy' });
  return tableFrom(name, parsed.data, encoding, bytes);
}

/** The first sheet of an .xlsx ledger. */
export async function readXlsx(name: string, bytes: Uint8Array): Promise<RawTable> {
  const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const first = sheets[0];
  return tableFrom(name, first ? first.data : [], null, null);
}
