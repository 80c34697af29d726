import { readFileSync } from 'node:fs';
import { parseCampaignFile } from '../../src/domain/campaign-file';
import { loadPlots, type PlotLoadResult } from '../../src/domain/load-plots';
import type { ScaleCampaign } from './scale-data';

export interface CampaignData {
  reportingDate: string;
  /** The parcels file's text, so each reader can parse its own fresh copy. */
  parcelsText: string;
  /** The plots as the app reads them. */
  loaded: PlotLoadResult;
}

const cache = new Map<string, CampaignData>();

/** A generated campaign read in Node by the same domain code the app runs. */
export function readCampaign(campaign: ScaleCampaign): CampaignData {
  const cached = cache.get(campaign.directory);
  if (cached) return cached;
  const parsed = parseCampaignFile(JSON.parse(readFileSync(campaign.campaignFile, 'utf8')));
  if (!parsed.ok) throw new Error(`${campaign.campaignFile}: ${parsed.messageEn}`);
  const parcelsText = readFileSync(campaign.parcelsFile, 'utf8');
  const data = { reportingDate: parsed.file.campaign.reportingDate, parcelsText, loaded: loadPlots(JSON.parse(parcelsText)) };
  cache.set(campaign.directory, data);
  return data;
}
