import { strToU8, zipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import type { LedgerMapping } from '../../domain/ledger/ledger-mapping';
import type { Campaign, MetricKey, Plot } from '../../domain/types';
import { plotsGeoJson, type FileVersion } from '../export-geojson';

/** What a saved campaign holds. */
export interface CampaignContents {
  campaign: Campaign;
  plots: readonly Plot[];
  townships: FeatureCollection | null;
  villages: FeatureCollection | null;
  fieldMapping?: LedgerMapping | null;
  /** The file's own version of an edited plot, so edited fields are written under the file's column names. */
  fileVersion?: FileVersion;
}

export const ARCHIVE_FILES = {
  campaign: 'campaign.json',
  parcels: 'parcels.geojson',
  townships: 'townships.geojson',
  villages: 'villages.geojson',
  fieldMapping: 'field-mapping.json',
} as const;

const METRIC_FILE_NAMES: Readonly<Record<MetricKey, string>> = {
  signedMu: 'signed_mu',
  demolishedMu: 'demolished_mu',
  reclaimedMu: 'reclaimed_mu',
  savedQuotaMu: 'saved_quota_mu',
  enterprisesHandled: 'enterprises_handled',
};

/** The campaign file as `parseCampaignFile` reads it back. */
export function campaignFileJson(contents: CampaignContents): Record<string, unknown> {
  const { campaign } = contents;
  return {
    name: campaign.name,
    name_en: campaign.nameEn,
    reporting_date: campaign.reportingDate,
    demo: campaign.demo,
    parcels: ARCHIVE_FILES.parcels,
    ...(contents.townships ? { townships: ARCHIVE_FILES.townships } : {}),
    ...(contents.villages ? { villages: ARCHIVE_FILES.villages } : {}),
    ...(contents.fieldMapping ? { field_mapping: ARCHIVE_FILES.fieldMapping } : {}),
    stages: campaign.stages.map((stage) => ({ key: stage.key, label: stage.label, label_en: stage.labelEn, color: stage.color })),
    targets: Object.fromEntries(
      Object.entries(campaign.targets).map(([township, targets]) => [
        township,
        Object.fromEntries((Object.keys(METRIC_FILE_NAMES) as MetricKey[]).filter((metric) => targets[metric] !== undefined).map((metric) => [METRIC_FILE_NAMES[metric], targets[metric]])),
      ]),
    ),
  };
}

/**
 * The whole campaign as one .zip: campaign.json, the parcels in longitude/latitude as read (the
 * properties untouched), the outlines and the ledger's field mapping. `extraFiles` is where
 * other records of the campaign join it by name (for example the staff's edits).
 */
export function campaignArchive(contents: CampaignContents, extraFiles: Readonly<Record<string, string>> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    [ARCHIVE_FILES.campaign]: strToU8(JSON.stringify(campaignFileJson(contents), null, 2)),
    [ARCHIVE_FILES.parcels]: strToU8(JSON.stringify(plotsGeoJson(contents.plots, contents.fileVersion))),
  };
  if (contents.townships) files[ARCHIVE_FILES.townships] = strToU8(JSON.stringify(contents.townships));
  if (contents.villages) files[ARCHIVE_FILES.villages] = strToU8(JSON.stringify(contents.villages));
  if (contents.fieldMapping) files[ARCHIVE_FILES.fieldMapping] = strToU8(JSON.stringify(contents.fieldMapping, null, 2));
  for (const [name, text] of Object.entries(extraFiles)) files[name] = strToU8(text);
  return zipSync(files);
}
