import type { LedgerMapping } from '../../domain/ledger/ledger-mapping';

const STORAGE_KEY = 'battle-map.ledger-mapping';

/** The last ledger mapping the user confirmed, so next week's ledger opens the same way. */
export function rememberedMapping(): LedgerMapping | null {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const candidate = value as Partial<LedgerMapping>;
    return typeof candidate.keyColumn === 'string' && typeof candidate.columns === 'object' && typeof candidate.stageWords === 'object' ? (value as LedgerMapping) : null;
  } catch {
    return null;
  }
}

export function rememberMapping(mapping: LedgerMapping): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(mapping));
  } catch {
    // Storage full or blocked: the mapping is still saved with the campaign.
  }
}
