import { openParcelsFile } from '../io/open-parcels-file';
import { LoadError } from '../io/load-error';
import { useAppStore } from '../state/store';

/**
 * Opens a parcels GeoJSON in place of the current plots. The campaign stays: its name, stages,
 * reporting date, targets and outlines. A file with no plot that can be loaded changes nothing.
 */
export async function openFile(file: File): Promise<void> {
  const { data, dataLoaded, fileRejected } = useAppStore.getState();
  if (!data) return;
  try {
    const result = await openParcelsFile(file);
    if (result.plots.length === 0) {
      const first = result.findings.find((finding) => finding.severity === 'error');
      fileRejected({
        zh: `“${file.name}”中没有可载入的地块（共 ${result.inputCount} 个要素，全部被拒绝），作战图保持不变${first ? `。例如：${first.messageZh}` : ''}`,
        en: `"${file.name}" has no plot that could be loaded (${result.inputCount} features, all rejected); the campaign is unchanged${first ? `. For example: ${first.messageEn}` : ''}`,
      });
      return;
    }
    dataLoaded(
      {
        ...result,
        campaign: { ...data.campaign, demo: false },
        townships: data.townships,
        villages: data.villages,
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
