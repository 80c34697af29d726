import { assembleImport, type ImportMode, type LayerPlan, type LedgerPlan } from '../../io/import/assemble-import';
import type { LedgerReport } from '../../io/import/ledger-report';
import type { ImportFile } from '../../io/import/import-types';
import { readImportFiles, type ImportBundle } from '../../io/import/read-import-files';
import { useAppStore } from '../../state/store';
import { rememberMapping } from './remembered-mapping';
import { readCampaignArchive } from '../../io/save/open-campaign-archive';
import { LoadError } from '../../io/load-error';

/** The bytes of the files the user chose or dropped. */
export async function importFilesOf(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

export async function readChosenFiles(files: readonly File[]): Promise<ImportBundle> {
  return readImportFiles(await importFilesOf(files));
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

/** Puts what the user confirmed in the preview into the open campaign; returns the ledger reports to show. */
export function applyImport(bundle: ImportBundle, plans: readonly LayerPlan[], ledgers: readonly LedgerPlan[], mode: ImportMode, fileNames: string): LedgerReport[] {
  const { data, dataLoaded, fileRejected } = useAppStore.getState();
  if (!data) return [];
  const assembled = assembleImport(data, plans, ledgers, bundle.refused, mode, fileNames);
  for (const ledger of ledgers) rememberMapping(ledger.mapping);
  const parcels = plans.some((plan) => plan.role === 'parcels');
  if (parcels && assembled.importedCount === 0) {
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

/** A campaign saved with 保存作战图 and dropped or chosen again: it replaces the open one. */
export function openSavedCampaign(files: ReadonlyMap<string, Uint8Array>, fileName: string): void {
  const { dataLoaded, fileRejected } = useAppStore.getState();
  try {
    const data = readCampaignArchive(files, fileName);
    dataLoaded(data, {
      zh: `已打开保存的作战图“${fileName}”：${data.campaign.name}，${data.plots.length} 个地块`,
      en: `Opened the saved campaign "${fileName}": ${data.campaign.nameEn || data.campaign.name}, ${data.plots.length} plots`,
    });
  } catch (error) {
    if (error instanceof LoadError) fileRejected({ zh: error.messageZh, en: error.messageEn });
    else fileRejected({ zh: `无法打开“${fileName}”：${String(error)}`, en: `Cannot open "${fileName}": ${String(error)}` });
  }
}
