import { CANONICAL_KEY_BY_NAME, normalizeKey, type CanonicalKey } from '../aliases';
import type { StageKey } from '../types';

/** Where a ledger column goes: a canonical field, kept under its own name, or left out. */
export type ColumnTarget = { kind: 'field'; key: CanonicalKey } | { kind: 'keep' } | { kind: 'skip' };

/** How a ledger is read: its key column, where each column goes, and what its own stage words mean. Saved with the campaign. */
export interface LedgerMapping {
  keyColumn: string;
  columns: Record<string, ColumnTarget>;
  stageWords: Record<string, StageKey>;
}

export function canonicalKeyOf(column: string): CanonicalKey | null {
  return CANONICAL_KEY_BY_NAME.get(normalizeKey(column)) ?? null;
}

/** The key column: the one named as the plot code (地块编号 …), else the first column. */
export function guessKeyColumn(columns: readonly string[]): string {
  return columns.find((column) => canonicalKeyOf(column) === 'id') ?? columns[0] ?? '';
}

/**
 * A mapping for the ledger's columns: recognised names go to their field, the rest are kept as
 * they are; a remembered mapping fills in what it knows about columns of the same name.
 */
export function guessMapping(columns: readonly string[], remembered: LedgerMapping | null): LedgerMapping {
  const keyColumn = remembered && columns.includes(remembered.keyColumn) ? remembered.keyColumn : guessKeyColumn(columns);
  const entries = columns.map((column): [string, ColumnTarget] => {
    const known = remembered?.columns[column];
    if (known) return [column, known];
    const key = canonicalKeyOf(column);
    return [column, key ? { kind: 'field', key } : { kind: 'keep' }];
  });
  return { keyColumn, columns: Object.fromEntries(entries), stageWords: { ...(remembered?.stageWords ?? {}) } };
}

/** Words in the column mapped to the stage that are no stage the app knows, each once. */
export function unknownStageWords(rows: readonly Readonly<Record<string, unknown>>[], mapping: LedgerMapping, known: (word: string) => boolean): string[] {
  const stageColumns = Object.entries(mapping.columns)
    .filter(([, target]) => target.kind === 'field' && target.key === 'stage')
    .map(([column]) => column);
  const words = new Set<string>();
  for (const row of rows) {
    for (const column of stageColumns) {
      const value = row[column];
      if (typeof value === 'string' && value.trim() !== '' && !known(value.trim())) words.add(value.trim());
    }
  }
  return [...words];
}
