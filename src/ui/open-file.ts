import { DEFAULT_STAGES } from '../domain/stages';
import type { Campaign } from '../domain/types';
import { openParcelsFile } from '../io/open-parcels-file';
import { LoadError } from '../io/load-error';
import { useAppStore } from '../state/store';
import { trackLoad } from './loading/track-load';

/** The campaign a file opened with nothing loaded before gets: default stages, reported today. */
function campaignWithoutFile(): Campaign {
  return { name: '', nameEn: '', reportingDate: new Date().toISOString().slice(0, 10), stages: [...DEFAULT_STAGES], targets: {}, demo: false };
}

function withoutExtension(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/**
 * Opens a parcels file in place of the current plots, in the loading worker with progress and
 * 取消. The current campaign's stages and reporting date stay; its targets and boundaries
 * belong to other data and are dropped. A cancelled or failed load leaves everything as it was.
 */
export async function openFile(files: File | File[]): Promise<void> {
  const picked = Array.isArray(files) ? files : [files];
  const name = picked[0].name;
  try {
    const result = await trackLoad(name, (options) => openParcelsFile(picked, options));
    if (result === null) return;
    const { data, dataLoaded } = useAppStore.getState();
    const campaign = data?.campaign ?? campaignWithoutFile();
    dataLoaded(
      {
        ...result,
        campaign: { ...campaign, name: withoutExtension(name), nameEn: name, targets: {}, demo: false },
        townships: null,
        villages: null,
        source: name,
      },
      {
        zh: `已打开“${name}”：共 ${result.inputCount} 个要素，载入 ${result.plots.length} 个地块，拒绝 ${result.rejectedCount} 个`,
        en: `Opened "${name}": ${result.inputCount} features, ${result.plots.length} plots loaded, ${result.rejectedCount} rejected`,
      },
    );
  } catch (error) {
    const { fileRejected } = useAppStore.getState();
    if (error instanceof LoadError) fileRejected({ zh: error.messageZh, en: error.messageEn });
    else fileRejected({ zh: `无法打开“${name}”：${String(error)}`, en: `Cannot open "${name}": ${String(error)}` });
  }
}
