import { DEFAULT_STAGES } from '../domain/stages';
import type { Campaign } from '../domain/types';
import { openParcelsFile } from '../io/open-parcels-file';
import { LoadError } from '../io/load-error';
import { useAppStore } from '../state/store';
import { warmIndexes, warmPanelIndexes } from '../state/warm-indexes';
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
 * 取消. The campaign stays: its name, stages, reporting date, targets and outlines. A file with
 * no plot that can be loaded, a cancelled or a failed load leaves everything as it was.
 */
export async function openFile(files: File | File[]): Promise<void> {
  const picked = Array.isArray(files) ? files : [files];
  const name = picked[0].name;
  try {
    const result = await trackLoad(name, async (options) => {
      const opened = await openParcelsFile(picked, options);
      const campaign = useAppStore.getState().data?.campaign ?? campaignWithoutFile();
      if (opened) await warmIndexes(opened.plots, campaign, options.signal);
      return opened;
    });
    if (result === null) return;
    const { data, dataLoaded, fileRejected } = useAppStore.getState();
    if (result.plots.length === 0) {
      const first = result.findings.find((finding) => finding.severity === 'error');
      fileRejected({
        zh: `“${name}”中没有可载入的地块（共 ${result.inputCount} 个要素，全部被拒绝），作战图保持不变${first ? `。例如：${first.messageZh}` : ''}`,
        en: `"${name}" has no plot that could be loaded (${result.inputCount} features, all rejected); the campaign is unchanged${first ? `. For example: ${first.messageEn}` : ''}`,
      });
      return;
    }
    const campaign = data?.campaign ?? { ...campaignWithoutFile(), name: withoutExtension(name), nameEn: name };
    dataLoaded(
      {
        ...result,
        campaign: { ...campaign, demo: false },
        townships: data?.townships ?? null,
        villages: data?.villages ?? null,
        fieldMapping: data?.fieldMapping ?? null,
        source: name,
      },
      {
        zh: `已打开“${name}”：共 ${result.inputCount} 个要素，载入 ${result.plots.length} 个地块，拒绝 ${result.rejectedCount} 个`,
        en: `Opened "${name}": ${result.inputCount} features, ${result.plots.length} plots loaded, ${result.rejectedCount} rejected`,
      },
    );
    void warmPanelIndexes(result.plots, campaign);
  } catch (error) {
    const { fileRejected } = useAppStore.getState();
    if (error instanceof LoadError) fileRejected({ zh: error.messageZh, en: error.messageEn });
    else fileRejected({ zh: `无法打开“${name}”：${String(error)}`, en: `Cannot open "${name}": ${String(error)}` });
  }
}
