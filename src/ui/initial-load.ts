import { loadCampaignFromUrl } from '../io/load-campaign';
import { loadDemoCampaign } from '../io/demo-campaign';
import { fetchCampaignArchive } from '../io/save/open-campaign-archive';
import { loadParcelsInWorker, type LoadOptions } from '../io/worker/load-client';
import type { ProgressMessage } from '../io/worker/protocol';

function startLoad(campaignUrl: string | null, options: LoadOptions) {
  if (campaignUrl === null) return loadDemoCampaign(options);
  const archive = /\.zip$/i.test(new URL(campaignUrl, document.baseURI).pathname);
  return archive
    ? fetchCampaignArchive(campaignUrl, (parcels) => loadParcelsInWorker({ kind: 'files', files: [parcels] }, options))
    : loadCampaignFromUrl(campaignUrl, options);
}

export type InitialCampaign = Awaited<ReturnType<typeof startLoad>>;

/** The page's first load: `?campaign=<same-origin URL>` when given, the built-in demo otherwise. */
export interface InitialLoad {
  /** The file's name, for the progress bar and messages. */
  name: string;
  /**
   * Follows the load: its progress from now on (the latest at once) goes to `options.onProgress`,
   * and aborting `options.signal` stops it (取消).
   */
  follow(options: LoadOptions): Promise<InitialCampaign>;
}

let started: InitialLoad | null = null;

/**
 * Starts the page's first load, once: main.tsx calls it before it fetches the app's own
 * script, so that the loading worker reads the campaign while that script is compiled and run
 * and the first view drawn; the app then follows the load (load-initial-campaign.ts).
 */
export function startInitialLoad(search: string): InitialLoad {
  if (started) return started;
  const campaignUrl = new URLSearchParams(search).get('campaign');
  const controller = new AbortController();
  let latest: ProgressMessage | null = null;
  let follower: ((progress: ProgressMessage) => void) | null = null;
  const loading = Promise.resolve().then(() =>
    startLoad(campaignUrl, {
      signal: controller.signal,
      onProgress: (progress) => {
        latest = progress;
        follower?.(progress);
      },
    }),
  );
  // A failure is the follower's to report; until one follows, it is not an unhandled rejection.
  loading.catch(() => undefined);
  started = {
    name: campaignUrl ? (campaignUrl.split('/').pop() ?? campaignUrl) : 'campaign.json',
    follow({ signal, onProgress }) {
      follower = onProgress;
      if (latest) onProgress(latest);
      if (signal.aborted) controller.abort();
      else signal.addEventListener('abort', () => controller.abort(), { once: true });
      return loading;
    },
  };
  return started;
}
