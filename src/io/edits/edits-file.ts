import { EDIT_FIELDS, type EditBatch, type EditDecision, type EditField, type EditValue, type PlotEdit } from '../../domain/edits/edit';

export const EDITS_FILE_FORMAT = 'battle-map-edits';

/** The file 导出修改 writes and 导入修改 reads: a campaign's edits, to move them between machines. */
export interface EditsFile {
  format: typeof EDITS_FILE_FORMAT;
  version: 1;
  campaign: string;
  exportedAt: string;
  batches: EditBatch[];
  /** Decisions taken on conflicts, by edit id. */
  decisions: Record<string, EditDecision>;
}

/** The edits as the text of an edits file; also what a saved campaign should carry. */
export function serializeEdits(
  campaign: string,
  batches: readonly EditBatch[],
  decisions: ReadonlyMap<string, EditDecision>,
  exportedAt: string,
): string {
  const file: EditsFile = { format: EDITS_FILE_FORMAT, version: 1, campaign, exportedAt, batches: [...batches], decisions: Object.fromEntries(decisions) };
  return JSON.stringify(file, null, 1);
}

export type ParsedEdits =
  | { ok: true; campaign: string; batches: EditBatch[]; decisions: Map<string, EditDecision> }
  | { ok: false; messageZh: string; messageEn: string };

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function isValue(value: unknown): value is EditValue {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || (Array.isArray(value) && value.every(isText));
}

function readEdit(value: unknown, batchId: string): PlotEdit | null {
  if (typeof value !== 'object' || value === null) return null;
  const edit = value as Record<string, unknown>;
  if (!isText(edit.id) || !isText(edit.plotId) || !EDIT_FIELDS.includes(edit.field as EditField)) return null;
  if (!isValue(edit.before) || !isValue(edit.after)) return null;
  return { id: edit.id, batchId, plotId: edit.plotId, field: edit.field as EditField, before: edit.before, after: edit.after };
}

function readBatch(value: unknown): EditBatch | string {
  if (typeof value !== 'object' || value === null) return '?';
  const batch = value as Record<string, unknown>;
  const id = isText(batch.id) ? batch.id : '?';
  if (!isText(batch.id) || !isText(batch.author) || !isText(batch.at) || typeof batch.sequence !== 'number' || !Array.isArray(batch.edits)) return id;
  const edits: PlotEdit[] = [];
  for (const entry of batch.edits) {
    const edit = readEdit(entry, batch.id);
    if (!edit) return id;
    edits.push(edit);
  }
  return { id: batch.id, author: batch.author, at: batch.at, sequence: batch.sequence, undone: batch.undone === true, edits };
}

/** Reads an edits file; a file that is not one, or has a broken batch, is refused whole with a message naming the batch. */
export function parseEditsFile(text: string): ParsedEdits {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, messageZh: '不是修改文件（无法读取 JSON）', messageEn: 'Not an edits file (not readable JSON)' };
  }
  const file = (typeof json === 'object' && json !== null ? json : {}) as Partial<Record<keyof EditsFile, unknown>>;
  if (file.format !== EDITS_FILE_FORMAT || !isText(file.campaign) || !Array.isArray(file.batches)) {
    return { ok: false, messageZh: '不是作战图导出的修改文件', messageEn: 'Not an edits file exported by Battle Map' };
  }
  const batches: EditBatch[] = [];
  for (const entry of file.batches) {
    const batch = readBatch(entry);
    if (typeof batch === 'string') {
      return { ok: false, messageZh: `修改文件中批次 ${batch} 已损坏，未导入任何修改`, messageEn: `Batch ${batch} in the edits file is broken; nothing was imported` };
    }
    batches.push(batch);
  }
  const decisions = new Map<string, EditDecision>();
  if (typeof file.decisions === 'object' && file.decisions !== null) {
    for (const [editId, decision] of Object.entries(file.decisions)) {
      if (decision === 'mine' || decision === 'file') decisions.set(editId, decision);
    }
  }
  return { ok: true, campaign: file.campaign, batches, decisions };
}
