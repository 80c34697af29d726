import { LoadError } from '../io/load-error';
import { useAppStore } from '../state/store';
import { warmIndexes, warmPanelIndexes } from '../state/warm-indexes';
import { startInitialLoad } from './initial-load';
import { trackLoad } from './loading/track-load';

let followed = false;

/**
 * Shows the page's first load (`?campaign=<same-origin URL>` when given, the built-in demo
 * otherwise, started as the page opened: see initial-load.ts) with progress and 取消, and
 * puts its campaign in the app. Once per page.
 */
export async function loadInitialCampaign(search: string): Promise<void> {
  if (followed) return;
  followed = true;
  const { dataLoaded, loadFailed } = useAppStore.getState();
  const initial = startInitialLoad(search);
  try {
    const loaded = await trackLoad(initial.name, async (options) => {
      const campaign = await initial.follow(options);
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
