import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedCampaign } from './index';

export const FILE_NAMES = {
  campaign: 'campaign.json',
  parcels: 'parcels.geojson',
  townships: 'townships.geojson',
  villages: 'villages.geojson',
} as const;

/** A FeatureCollection with one feature per line, so the file stays small and diffs stay readable. */
function collectionText(collection: { name: string; note: string; features: unknown[] }): string {
  const head = JSON.stringify({ type: 'FeatureCollection', name: collection.name, note: collection.note });
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  return `${head.slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The campaign's files by name, exactly as written to disk. */
export function campaignFiles(generated: GeneratedCampaign): Record<string, string> {
  return {
    [FILE_NAMES.campaign]: `${JSON.stringify(generated.campaign, null, 2)}\n`,
    [FILE_NAMES.parcels]: collectionText(generated.parcels),
    [FILE_NAMES.townships]: collectionText(generated.townships),
    [FILE_NAMES.villages]: collectionText(generated.villages),
  };
}

export function writeCampaignFiles(generated: GeneratedCampaign, folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(campaignFiles(generated))) writeFileSync(join(folder, name), text);
}
