import { loadCampaignFromUrl } from '../io/load-campaign';
import { loadDemoCampaign } from '../io/demo-campaign';
import { fetchCampaignArchive } from '../io/save/open-campaign-archive';
import { LoadError } from '../io/load-error';
import { loadParcelsInWorker } from '../io/worker/load-client';
import { useAppStore } from '../state/store';
import { warmIndexes, warmPanelIndexes } from '../state/warm-indexes';
import { trackLoad } from './loading/track-load';

/** Loads `?campaign=<same-origin URL>` when given, the built-in demo otherwise, with progress and 取消. */
export async function loadInitialCampaign(search: string): Promise<void> {
  const { dataLoaded, loadFailed } = useAppStore.getState();
  const campaignUrl = new URLSearchParams(search).get('campaign');
  const name = campaignUrl ? (campaignUrl.split('/').pop() ?? campaignUrl) : 'campaign.json';
  try {
    const archive = campaignUrl !== null && /\.zip$/i.test(new URL(campaignUrl, document.baseURI).pathname);
    const loaded = await trackLoad(name, async (options) => {
      const campaign =
        campaignUrl === null
          ? await loadDemoCampaign(options)
          : archive
            ? await fetchCampaignArchive(campaignUrl, (parcels) => loadParcelsInWorker({ kind: 'files', files: [parcels] }, options))
            : await loadCampaignFromUrl(campaignUrl, options);
      if (campaign) await warmIndexes(campaign.plots, campaign.campaign, options.signal);
      return campaign;
    });
    if (loaded === null) loadFailed({ zh: '已取消载入。可以打开其他文件。', en: 'Loading was cancelled. You can open another file.' });
    else {
      dataLoaded(loaded);
      void warmPanelIndexes(loaded.plots, loaded.campaign);
    }
  } catch (error) {
    if (error instanceof LoadError) loadFailed({ zh: error.messageZh, en: error.messageEn });
    else loadFailed({ zh: `载入失败：${String(error)}`, en: `Loading failed: ${String(error)}` });
  }
}
