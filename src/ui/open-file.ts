import { openParcelsFile } from '../io/open-parcels-file';
import { LoadError } from '../io/load-error';
import { useAppStore } from '../state/store';

/**
 * Opens a parcels GeoJSON in place of the current plots. The current campaign's stages and
 * reporting date stay; its targets and boundaries belong to other data and are dropped.
 */
export async function openFile(file: File): Promise<void> {
  const { data, dataLoaded, fileRejected } = useAppStore.getState();
  if (!data) return;
  try {
    const result = await openParcelsFile(file);
    dataLoaded(
      {
        ...result,
        campaign: { ...data.campaign, name: file.name.replace(/\.(geo)?json$/i, ''), nameEn: file.name, targets: {}, demo: false },
        townships: null,
        villages: null,
        source: file.name,
      },
      {
        zh: `已打开“${file.name}”：共 ${result.inputCount} 个要素，载入 ${result.plots.length} 个地块，拒绝 ${result.rejectedCount} 个`,
        en: `Opened "${file.name}": ${result.inputCount} features, ${result.plots.length} plots loaded, ${result.rejectedCount} rejected`,
      },
    );
  } catch (error) {
    if (error instanceof LoadError) fileRejected({ zh: error.messageZh, en: error.messageEn });
    else fileRejected({ zh: `无法打开“${file.name}”：${String(error)}`, en: `Cannot open "${file.name}": ${String(error)}` });
  }
}
