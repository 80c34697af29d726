import { loadCampaignFromUrl } from '../io/load-campaign';
import { loadDemoCampaign } from '../io/demo-campaign';
import { LoadError } from '../io/load-error';
import { useAppStore } from '../state/store';

/** Loads `?campaign=<same-origin URL>` when given, the built-in demo otherwise. */
export async function loadInitialCampaign(search: string): Promise<void> {
  const { dataLoaded, loadFailed } = useAppStore.getState();
  const campaignUrl = new URLSearchParams(search).get('campaign');
  try {
    dataLoaded(await (campaignUrl ? loadCampaignFromUrl(campaignUrl) : loadDemoCampaign()));
  } catch (error) {
    if (error instanceof LoadError) loadFailed({ zh: error.messageZh, en: error.messageEn });
    else loadFailed({ zh: `载入失败：${String(error)}`, en: `Loading failed: ${String(error)}` });
  }
}
