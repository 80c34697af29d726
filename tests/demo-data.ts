import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Feature } from 'geojson';
import { parseCampaignFile } from '../src/domain/campaign-file';
import { loadPlots } from '../src/domain/load-plots';
import type { Campaign, Plot } from '../src/domain/types';

/** The demo campaign as the domain reads it: what the screen must agree with. */
export function readDemo(): { campaign: Campaign; plots: Plot[] } {
  const parsed = parseCampaignFile(JSON.parse(readFileSync('data/demo/campaign.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.messageEn);
  const { plots } = loadPlots(JSON.parse(readFileSync(`data/demo/${parsed.file.parcels}`, 'utf8')));
  return { campaign: parsed.file.campaign, plots };
}

/** A point inside the plot, where its fill colour shows. */
export function insidePoint(plot: Plot): [number, number] {
  const feature: Feature = { type: 'Feature', geometry: plot.geometry, properties: {} };
  const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
  return [lon, lat];
}
