import type { Language } from '../../domain/format';
import { editLogRows } from '../../domain/edits/edit-log';
import { mergeBatches } from '../../domain/edits/merge-batches';
import { localTimestamp } from '../../domain/edits/timestamp';
import { downloadText } from '../../io/download';
import { editLogCsv } from '../../io/edits/edit-log-csv';
import { parseEditsFile, serializeEdits } from '../../io/edits/edits-file';
import { useEditStore } from '../../state/edit-store';
import { useAppStore } from '../../state/store';
import { baseName } from '../export-files';
import { storeMerged } from './edit-session';
import { editMessage, editTextIn } from './edit-text';

/** 导出修改: every edit of the campaign, its undo state and decisions, as one file for a colleague or a backup. */
export async function exportEdits(): Promise<void> {
  const { campaign, batches, decisions, storage } = useEditStore.getState();
  if (!campaign) return;
  downloadText(`${baseName('修改')}.json`, serializeEdits(campaign, batches, decisions, localTimestamp(new Date())), 'application/json');
  const exportedThrough = Math.max(0, ...batches.map((batch) => batch.sequence));
  useEditStore.setState({ exportedThrough });
  if (storage !== 'saved') return;
  try {
    await (await import('../../io/edits/edit-database')).markExported(campaign, exportedThrough);
  } catch (error) {
    useEditStore.setState({ storageProblem: { zh: `导出已完成，但未能记下导出时间：${String(error)}`, en: `Exported, but the export could not be recorded: ${String(error)}` } });
  }
}

/** 导出变更记录 CSV: the whole change log for Excel. */
export function exportChangeLog(language: Language): void {
  const data = useAppStore.getState().data;
  if (!data) return;
  const rows = editLogRows(useEditStore.getState().batches, data.plots);
  downloadText(`${baseName(language === 'zh' ? '台账变更记录' : 'change-log')}.csv`, editLogCsv(rows, data.campaign.stages, language), 'text/csv;charset=utf-8');
}

/**
 * 导入修改: a colleague's edits merged into ours by edit id, saved in one transaction. Edits
 * that clash, or no longer apply, are listed (the notice, the conflict list); none is dropped.
 */
export async function importEdits(file: File): Promise<void> {
  const parsed = parseEditsFile(await file.text());
  const app = useAppStore.getState();
  if (!parsed.ok) {
    app.fileRejected({ zh: `无法导入“${file.name}”：${parsed.messageZh}`, en: `Cannot import "${file.name}": ${parsed.messageEn}` });
    return;
  }
  const { campaign, batches, decisions } = useEditStore.getState();
  if (!campaign) return;
  if (parsed.campaign !== campaign) {
    app.fileRejected(editMessage('otherCampaign', { file: parsed.campaign, current: campaign }));
    return;
  }
  const merged = mergeBatches(batches, parsed.batches);
  const incoming = new Set(parsed.batches.map((batch) => batch.id));
  const mergedDecisions = new Map([...parsed.decisions, ...decisions]);
  await storeMerged(merged.batches, merged.batches.filter((batch) => incoming.has(batch.id)), mergedDecisions);
  const message = (language: Language) =>
    editTextIn(language, 'imported', {
      added: merged.added,
      known: merged.known,
      clashes: merged.clashes.length > 0 ? editTextIn(language, 'clashesNote', { n: merged.clashes.length }) : '',
    });
  useAppStore.setState({ notice: { kind: merged.clashes.length > 0 ? 'error' : 'info', message: { zh: message('zh'), en: message('en') } } });
}
