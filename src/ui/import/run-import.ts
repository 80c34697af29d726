import { assembleImport, type ImportedLayers, type ImportMode, type LedgerPlan } from '../../io/import/assemble-import';
import type { LedgerReport } from '../../io/import/ledger-report';
import type { PreviewBundle } from '../../io/import/preview-bundle';
import { previewInWorker } from '../../io/import/preview-client';
import { mainFileIndex } from '../../io/worker/formats';
import { loadParcelsInWorker } from '../../io/worker/load-client';
import type { ImportLayerChoice } from '../../io/worker/protocol';
import { useAppStore } from '../../state/store';
import { useLoadingStore } from '../../state/loading-store';
import { trackLoad } from '../loading/track-load';
import { rememberMapping } from './remembered-mapping';
import { readCampaignArchive } from '../../io/save/open-campaign-archive';
import { LoadError } from '../../io/load-error';

/** What the progress bar calls files chosen together: the main file's name (the .shp of a set), and how many came with it. */
function barName(files: readonly File[]): string {
  const main = files[mainFileIndex(files.map((file) => file.name)) ?? 0];
  return files.length > 1 ? `${main.name} +${files.length - 1}` : main.name;
}

/** Reads the chosen files for the preview in a worker, with the progress bar and 取消; null when cancelled. */
export function readChosenFiles(files: File[]): Promise<PreviewBundle | null> {
  return trackLoad(barName(files), (options) => previewInWorker(files, options), { draws: false });
}

/**
 * Reads, decodes and converts the files in the loading worker as the preview settled, then
 * checks each plot and measures its area there, with the progress bar and 取消. Null when
 * cancelled. A ledger alone has no layer to read and needs no worker.
 */
export async function importInWorker(files: File[], choices: ImportLayerChoice[]): Promise<ImportedLayers | null> {
  const hasParcels = choices.some((choice) => choice.role === 'parcels');
  if (choices.length === 0) return { plots: [], findings: [], inputCount: 0, rejectedCount: 0, townships: null, villages: null, hasParcels };
  const loaded = await trackLoad(barName(files), (options) => loadParcelsInWorker({ kind: 'files', files }, { ...options, choices: { layers: choices } }));
  if (!loaded) return null;
  const { plots, findings, inputCount, rejectedCount, outlines } = loaded;
  return { plots, findings, inputCount, rejectedCount, townships: outlines?.townships ?? null, villages: outlines?.villages ?? null, hasParcels };
}

/** The middle longitude of the open campaign's plots, to suggest a central meridian from. */
export function campaignLongitude(): number | null {
  const plots = useAppStore.getState().data?.plots ?? [];
  if (plots.length === 0) return null;
  let sum = 0;
  let count = 0;
  for (const plot of plots.slice(0, 500)) {
    const ring = plot.geometry.type === 'Polygon' ? plot.geometry.coordinates[0] : plot.geometry.coordinates[0][0];
    sum += ring[0][0];
    count += 1;
  }
  return sum / count;
}

/**
 * Puts what the loading worker read into the open campaign, with the ledgers joined; returns
 * the ledger reports to show. When nothing changes, the progress bar goes at once (it would
 * otherwise wait for the map to draw).
 */
export function applyImport(imported: ImportedLayers, bundle: PreviewBundle, ledgers: readonly LedgerPlan[], mode: ImportMode, fileNames: string): LedgerReport[] {
  const { data, dataLoaded, fileRejected } = useAppStore.getState();
  if (!data) return [];
  const assembled = assembleImport(data, imported, ledgers, bundle.refused, mode, fileNames);
  for (const ledger of ledgers) rememberMapping(ledger.mapping);
  if (imported.hasParcels && assembled.importedCount === 0) {
    useLoadingStore.getState().end();
    const reason = [...assembled.data.findings].reverse().find((finding) => finding.severity === 'error');
    fileRejected({
      zh: `没有从“${fileNames}”导入任何地块（共 ${assembled.importedInput} 个要素，全部被拒绝），作战图保持不变${reason ? `。例如：${reason.messageZh}` : '。'}`,
      en: `No plots were imported from "${fileNames}" (${assembled.importedInput} features, all rejected); the campaign is unchanged${reason ? `. For example: ${reason.messageEn}` : '.'}`,
    });
    return [];
  }
  dataLoaded(assembled.data, {
    zh: `已导入“${fileNames}”：共 ${assembled.importedInput} 个要素，载入 ${assembled.importedCount} 个地块，拒绝 ${assembled.importedRejected} 个；转换记录见“数据检查”`,
    en: `Imported "${fileNames}": ${assembled.importedInput} features, ${assembled.importedCount} plots loaded, ${assembled.importedRejected} rejected; conversions are listed under data checks`,
  });
  return assembled.ledgerReports;
}

/**
 * A campaign saved with 保存作战图 and dropped or chosen again: it replaces the open one. Its
 * parcels load in the loading worker, with the bar and 取消; a cancelled open changes nothing.
 */
export async function openSavedCampaign(files: ReadonlyMap<string, Uint8Array>, fileName: string): Promise<void> {
  const { fileRejected } = useAppStore.getState();
  try {
    const data = await trackLoad(fileName, (options) => readCampaignArchive(files, fileName, (parcels) => loadParcelsInWorker({ kind: 'files', files: [parcels] }, options)));
    if (!data) return;
    useAppStore.getState().dataLoaded(data, {
      zh: `已打开保存的作战图“${fileName}”：${data.campaign.name}，${data.plots.length} 个地块`,
      en: `Opened the saved campaign "${fileName}": ${data.campaign.nameEn || data.campaign.name}, ${data.plots.length} plots`,
    });
  } catch (error) {
    if (error instanceof LoadError) fileRejected({ zh: error.messageZh, en: error.messageEn });
    else fileRejected({ zh: `无法打开“${fileName}”：${String(error)}`, en: `Cannot open "${fileName}": ${String(error)}` });
  }
}
