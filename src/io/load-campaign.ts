import type { FeatureCollection } from 'geojson';
import { parseCampaignFile } from '../domain/campaign-file';
import type { PlotLoadResult } from '../domain/load-plots';
import type { LedgerMapping } from '../domain/ledger/ledger-mapping';
import type { Campaign } from '../domain/types';
import { fetchSameOriginJson } from './fetch-json';
import { LoadError } from './load-error';
import { loadBoundariesInWorker, loadParcelsInWorker, type LoadOptions, type MapPlots, type ParcelsLoad } from './worker/load-client';
import { combinedProgress } from './worker/combined-progress';

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
 * Loads a campaign folder: its campaign file on the page (it is small), its parcels and its
 * boundaries each in a loading worker, with one progress bar over all their bytes. Resolves
 * to null when cancelled.
 */
export async function loadCampaign(campaignUrl: string, resolve: ResolveFile, options: LoadOptions): Promise<LoadedCampaign | null> {
  const parsed = parseCampaignFile(await fetchSameOriginJson(campaignUrl));
  if (!parsed.ok) throw new LoadError(parsed.messageZh, parsed.messageEn);
  if (options.signal.aborted) return null;
  const { campaign, parcels, townships, villages } = parsed.file;
  const progress = combinedProgress(options.onProgress);
  // One file failing stops the others: the whole folder fails with its message.
  const stop = new AbortController();
  const cancel = () => stop.abort();
  options.signal.addEventListener('abort', cancel);
  const part = (key: string, main: boolean): LoadOptions => ({ signal: stop.signal, onProgress: progress.part(key, main) });
  const boundaries = (name: string | null) => (name ? loadBoundariesInWorker({ kind: 'url', url: resolve(name), name }, part(`boundaries:${name}`, false)) : null);
  let loads: [ParcelsLoad | null, FeatureCollection | null, FeatureCollection | null];
  try {
    loads = await Promise.all([loadParcelsInWorker({ kind: 'url', url: resolve(parcels), name: parcels }, part('parcels', true)), boundaries(townships), boundaries(villages)]);
  } catch (error) {
    stop.abort();
    throw error;
  } finally {
    options.signal.removeEventListener('abort', cancel);
  }
  const [parcelsLoad, townshipCollection, villageCollection] = loads;
  if (parcelsLoad === null || options.signal.aborted) return null;
  return { ...parcelsLoad, campaign, townships: townshipCollection, villages: villageCollection, source: campaignUrl };
}

export function loadCampaignFromUrl(campaignUrl: string, options: LoadOptions): Promise<LoadedCampaign | null> {
  const base = new URL(campaignUrl, document.baseURI);
  return loadCampaign(base.href, (name) => new URL(name, base).href, options);
}
