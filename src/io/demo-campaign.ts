import { loadCampaign, type LoadedCampaign } from './load-campaign';
import type { LoadOptions } from './worker/load-client';

const demoFiles = import.meta.glob('/data/demo/*.{json,geojson}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function demoFileUrl(name: string): string {
  const url = demoFiles[`/data/demo/${name}`];
  if (!url) throw new Error(`The demo campaign has no file ${name}`);
  return new URL(url, document.baseURI).href;
}

/** The built-in fictional demo campaign (示例数据), bundled with the app. */
export function loadDemoCampaign(options: LoadOptions): Promise<LoadedCampaign | null> {
  return loadCampaign(demoFileUrl('campaign.json'), demoFileUrl, options);
}
