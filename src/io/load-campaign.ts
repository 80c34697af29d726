import type { FeatureCollection } from 'geojson';
import { parseCampaignFile } from '../domain/campaign-file';
import { loadPlots, type PlotLoadResult } from '../domain/load-plots';
import type { LedgerMapping } from '../domain/ledger/ledger-mapping';
import type { Campaign } from '../domain/types';
import { fetchSameOriginJson } from './fetch-json';
import { LoadError } from './load-error';

export interface LoadedCampaign extends PlotLoadResult {
  campaign: Campaign;
  townships: FeatureCollection | null;
  villages: FeatureCollection | null;
  /** Where it came from, for the user: a file name or a URL. */
  source: string;
  /** How the last ledger's columns were read; saved with the campaign. */
  fieldMapping?: LedgerMapping | null;
}

/** Turns a file name written in a campaign file into the URL to fetch it from. */
export type ResolveFile = (name: string) => string;

export async function loadCampaign(campaignUrl: string, resolve: ResolveFile): Promise<LoadedCampaign> {
  const parsed = parseCampaignFile(await fetchSameOriginJson(campaignUrl));
  if (!parsed.ok) throw new LoadError(parsed.messageZh, parsed.messageEn);
  const { campaign, parcels, townships, villages } = parsed.file;
  const [parcelJson, townshipJson, villageJson] = await Promise.all([
    fetchSameOriginJson(resolve(parcels)),
    townships ? fetchSameOriginJson(resolve(townships)) : null,
    villages ? fetchSameOriginJson(resolve(villages)) : null,
  ]);
  return {
    ...loadPlots(parcelJson),
    campaign,
    townships: asFeatureCollection(townshipJson),
    villages: asFeatureCollection(villageJson),
    source: campaignUrl,
  };
}

export function loadCampaignFromUrl(campaignUrl: string): Promise<LoadedCampaign> {
  const base = new URL(campaignUrl, document.baseURI);
  return loadCampaign(base.href, (name) => new URL(name, base).href);
}

function asFeatureCollection(value: unknown): FeatureCollection | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<FeatureCollection>;
  return candidate.type === 'FeatureCollection' && Array.isArray(candidate.features) ? (value as FeatureCollection) : null;
}
