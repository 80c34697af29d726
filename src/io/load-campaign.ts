import type { FeatureCollection } from 'geojson';
import { parseCampaignFile } from '../domain/campaign-file';
import type { PlotLoadResult } from '../domain/load-plots';
import type { LedgerMapping } from '../domain/ledger/ledger-mapping';
import type { Campaign } from '../domain/types';
import { fetchSameOriginJson } from './fetch-json';
import { LoadError } from './load-error';
import { loadParcelsInWorker, type LoadOptions, type MapPlots } from './worker/load-client';

export interface LoadedCampaign extends PlotLoadResult {
  campaign: Campaign;
  townships: FeatureCollection | null;
  villages: FeatureCollection | null;
  /** Where it came from, for the user: a file name or a URL. */
  source: string;
  mapPlots: MapPlots;
  /** How the last ledger's columns were read; saved with the campaign. */
  fieldMapping?: LedgerMapping | null;
}

/** Turns a file name written in a campaign file into the URL to fetch it from. */
export type ResolveFile = (name: string) => string;

/**
 * Loads a campaign folder: its campaign file and boundaries on the page (they are small), its
 * parcels in the loading worker, with progress. Resolves to null when cancelled.
 */
export async function loadCampaign(campaignUrl: string, resolve: ResolveFile, options: LoadOptions): Promise<LoadedCampaign | null> {
  const parsed = parseCampaignFile(await fetchSameOriginJson(campaignUrl));
  if (!parsed.ok) throw new LoadError(parsed.messageZh, parsed.messageEn);
  if (options.signal.aborted) return null;
  const { campaign, parcels, townships, villages } = parsed.file;
  const [parcelsLoad, townshipJson, villageJson] = await Promise.all([
    loadParcelsInWorker({ kind: 'url', url: resolve(parcels), name: parcels }, options),
    townships ? fetchSameOriginJson(resolve(townships)) : null,
    villages ? fetchSameOriginJson(resolve(villages)) : null,
  ]);
  if (parcelsLoad === null || options.signal.aborted) return null;
  return {
    ...parcelsLoad,
    campaign,
    townships: asFeatureCollection(townshipJson),
    villages: asFeatureCollection(villageJson),
    source: campaignUrl,
  };
}

export function loadCampaignFromUrl(campaignUrl: string, options: LoadOptions): Promise<LoadedCampaign | null> {
  const base = new URL(campaignUrl, document.baseURI);
  return loadCampaign(base.href, (name) => new URL(name, base).href, options);
}

function asFeatureCollection(value: unknown): FeatureCollection | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<FeatureCollection>;
  return candidate.type === 'FeatureCollection' && Array.isArray(candidate.features) ? (value as FeatureCollection) : null;
}
