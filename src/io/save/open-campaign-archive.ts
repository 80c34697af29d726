import { unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { parseCampaignFile } from '../../domain/campaign-file';
import type { LedgerMapping } from '../../domain/ledger/ledger-mapping';
import type { PlotLoadResult } from '../../domain/load-plots';
import { parseJsonText } from '../fetch-json';
import type { CampaignData } from '../import/assemble-import';
import { LoadError } from '../load-error';
import type { MapPlots } from '../worker/load-client';

function jsonOf(files: ReadonlyMap<string, Uint8Array>, name: string): unknown {
  const bytes = files.get(name);
  if (!bytes) throw new LoadError(`保存的作战图中缺少 ${name}`, `The saved campaign has no ${name}`);
  return parseJsonText(new TextDecoder('utf-8').decode(bytes), name);
}

function collection(value: unknown): FeatureCollection | null {
  return typeof value === 'object' && value !== null && (value as FeatureCollection).type === 'FeatureCollection' && Array.isArray((value as FeatureCollection).features) ? (value as FeatureCollection) : null;
}

function mapping(value: unknown): LedgerMapping | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<LedgerMapping>;
  return typeof candidate.keyColumn === 'string' && typeof candidate.columns === 'object' && typeof candidate.stageWords === 'object' ? (value as LedgerMapping) : null;
}

/** The saved campaign's parcels as a file to load, and what loading it gives (in the loading worker on the page). */
export type ParcelsLoader = (parcels: File) => Promise<(PlotLoadResult & { mapPlots?: MapPlots }) | null>;

/**
 * A saved campaign's files (by name, folders dropped) read back into a campaign: the small
 * files here, the parcels through `loadParcels`. Resolves to null when that load is cancelled.
 */
export async function readCampaignArchive(files: ReadonlyMap<string, Uint8Array>, source: string, loadParcels: ParcelsLoader): Promise<(CampaignData & { mapPlots?: MapPlots }) | null> {
  const parsed = parseCampaignFile(jsonOf(files, 'campaign.json'));
  if (!parsed.ok) throw new LoadError(parsed.messageZh, parsed.messageEn);
  const { campaign, parcels, townships, villages } = parsed.file;
  const campaignJson = jsonOf(files, 'campaign.json') as { field_mapping?: unknown };
  const mappingName = typeof campaignJson.field_mapping === 'string' ? campaignJson.field_mapping : null;
  const parcelsBytes = files.get(parcels);
  if (!parcelsBytes) throw new LoadError(`保存的作战图中缺少 ${parcels}`, `The saved campaign has no ${parcels}`);
  const rest = {
    campaign,
    townships: townships ? collection(jsonOf(files, townships)) : null,
    villages: villages ? collection(jsonOf(files, villages)) : null,
    fieldMapping: mappingName && files.has(mappingName) ? mapping(jsonOf(files, mappingName)) : null,
    source,
  };
  const loaded = await loadParcels(new File([parcelsBytes.slice()], parcels, { type: 'application/geo+json' }));
  return loaded ? { ...loaded, ...rest } : null;
}

/** The files of a .zip by their names without folders. */
export function archiveFiles(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, content]) => [name.replace(/^.*\//, ''), content]));
}

/** A saved campaign on the app's own site, for `?campaign=<path>.zip`; null when cancelled. */
export async function fetchCampaignArchive(url: string, loadParcels: ParcelsLoader): Promise<(CampaignData & { mapPlots?: MapPlots }) | null> {
  const address = new URL(url, document.baseURI);
  if (address.origin !== window.location.origin) {
    throw new LoadError(`只能打开本站点内的数据文件，已拒绝：${address.href}`, `Only files from this site can be opened; refused: ${address.href}`);
  }
  const response = await fetch(address).catch(() => null);
  if (!response || !response.ok) throw new LoadError(`无法读取 ${address.pathname}`, `Could not read ${address.pathname}`);
  return readCampaignArchive(archiveFiles(new Uint8Array(await response.arrayBuffer())), address.pathname.split('/').pop() ?? address.pathname, loadParcels);
}
