import type { Language } from '../domain/format';
import type { Plot } from '../domain/types';
import { downloadText } from '../io/download';
import { ledgerCsv } from '../io/export-csv';
import { plotsGeoJsonText } from '../io/export-geojson';
import { campaignOnAsOfDate } from '../state/as-of';
import { fileVersionOf } from '../state/edit-store';
import { useAppStore } from '../state/store';

export function baseName(kind: string): string {
  const campaign = campaignOnAsOfDate(useAppStore.getState());
  const name = (campaign?.name ?? 'battle-map').replace(/[\\/:*?"<>|]+/g, '_');
  return `${name}-${kind}-${campaign?.reportingDate ?? ''}`;
}

/** Downloads the ledger rows, in the order shown, as CSV for Excel. */
export function exportLedgerCsv(rows: readonly Plot[], language: Language): void {
  const campaign = campaignOnAsOfDate(useAppStore.getState());
  if (!campaign) return;
  const text = ledgerCsv(rows, campaign.stages, campaign.reportingDate, language);
  downloadText(`${baseName(language === 'zh' ? '台账' : 'ledger')}.csv`, text, 'text/csv;charset=utf-8');
}

/** Downloads the plots, with the edits made in the app, as a parcels GeoJSON that opens in the app again. */
export function exportPlotsGeoJson(plots: readonly Plot[], language: Language): void {
  downloadText(`${baseName(language === 'zh' ? '地块' : 'plots')}.geojson`, plotsGeoJsonText(plots, fileVersionOf), 'application/geo+json');
}
