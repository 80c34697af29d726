import { asOfAfterEdit } from '../../domain/edits/as-of-after-edit';
import { campaignKey } from '../../domain/edits/campaign-key';
import type { EditBatch, EditDecision } from '../../domain/edits/edit';
import { makeBatch, type PlotChange } from '../../domain/edits/make-batch';
import { localTimestamp } from '../../domain/edits/timestamp';
import { batchToRedo, batchToUndo, withUndone } from '../../domain/edits/undo-redo';
import type { Plot } from '../../domain/types';
import { openEditChannel } from '../../io/edits/edit-channel';
import { askPersistentStorage, isQuotaError } from '../../io/edits/persistent-storage';
import { isEditOf, showEdits, showNewBatch, startCampaign, useEditStore } from '../../state/edit-store';
import { useAppStore, type LoadedData } from '../../state/store';

/**
 * The edits kept in the browser (IndexedDB, through Dexie): loaded when a campaign first needs
 * them, not with the page's start script, whose compiling and running holds the page.
 */
const editDatabase = () => import('../../io/edits/edit-database');

let channel: ReturnType<typeof openEditChannel> = null;
let lastSequence = 0;

/** A random id, unique across machines, for a batch or an edit. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Follows the loaded data: each newly loaded campaign gets its edits from the database,
 * re-applied to its plots; other tabs' saves are read again. Returns the function that stops it.
 */
export function startEditSession(): () => void {
  channel = openEditChannel((campaign) => {
    if (campaign === useEditStore.getState().campaign) void readAgain(campaign);
  });
  void askPersistentStorage().then((persisted) => useEditStore.setState({ persisted }));
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (!state.data || state.data === previous.data) return;
    if (state.data.plots === useEditStore.getState().shownPlots || isEditOf(previous.data, state.data)) return;
    void openCampaign(state.data);
  });
  const { data } = useAppStore.getState();
  if (data) void openCampaign(data);
  return () => {
    unsubscribe();
    channel?.close();
    channel = null;
  };
}

async function openCampaign(data: LoadedData): Promise<void> {
  const campaign = campaignKey(data.campaign.name, data.source);
  startCampaign(campaign, data.plots);
  await readAgain(campaign);
}

/** Reads the campaign's edits from the database and shows them; where it cannot be opened, says so and keeps edits in the page. */
async function readAgain(campaign: string): Promise<void> {
  try {
    const stored = await (await editDatabase()).loadEdits(campaign);
    const state = useEditStore.getState();
    if (state.campaign !== campaign) return;
    // Batches this page could not save stay with it.
    const unsaved = state.batches.filter((batch) => state.unsaved.has(batch.id) && !stored.batches.some((candidate) => candidate.id === batch.id));
    lastSequence = Math.max(lastSequence, ...stored.batches.map((batch) => batch.sequence));
    useEditStore.setState({ storage: 'saved', exportedThrough: stored.exportedThrough });
    showEdits([...stored.batches, ...unsaved], stored.decisions);
  } catch (error) {
    if (useEditStore.getState().campaign !== campaign) return;
    useEditStore.setState({
      storage: 'page-only',
      storageProblem: {
        zh: `浏览器不允许本地保存修改（可能是隐私窗口或已关闭网站数据）：修改只保留在本页，关闭前请“导出修改”。（${String(error)}）`,
        en: `The browser does not let the app keep edits (a private window, or site data turned off): edits stay in this page only; use Export edits before closing it. (${String(error)})`,
      },
    });
  }
}

/** Writes batches in one transaction; a failure keeps them in the page, marked unsaved, and says why. */
async function store(batches: readonly EditBatch[]): Promise<void> {
  const { campaign, storage } = useEditStore.getState();
  if (!campaign) return;
  const markUnsaved = () =>
    useEditStore.setState((state) => ({ unsaved: new Set([...state.unsaved, ...batches.map((batch) => batch.id)]) }));
  if (storage !== 'saved') {
    markUnsaved();
    return;
  }
  try {
    await (await editDatabase()).saveBatches(campaign, batches);
    channel?.announce(campaign);
  } catch (error) {
    markUnsaved();
    useEditStore.setState({
      storageProblem: isQuotaError(error)
        ? { zh: '存储空间已满，最近的修改未能保存：请“导出修改”，再清理浏览器空间。', en: 'Storage is full and the latest edits were not saved: use Export edits, then free some space.' }
        : { zh: `修改未能保存：${String(error)}。请“导出修改”。`, en: `The edits were not saved: ${String(error)}. Use Export edits.` },
    });
  }
}

/** Makes a change on the given plots as one batch: shown at once, then saved. Returns how many fields changed. */
export async function saveChange(plots: readonly Plot[], change: PlotChange): Promise<number> {
  const state = useEditStore.getState();
  if (!state.campaign) return 0;
  const now = new Date();
  lastSequence = Math.max(now.getTime(), lastSequence + 1);
  const id = newId();
  const batch = makeBatch(plots, change, { id, author: state.author, at: localTimestamp(now), sequence: lastSequence, newId });
  if (!batch) return 0;
  showNewBatch(batch);
  followStageDate(change);
  await store([batch]);
  return batch.edits.length;
}

/** A stage reached after the date the views show would not show at all: the views move on to its date, and say so. */
function followStageDate(change: PlotChange): void {
  const app = useAppStore.getState();
  const shown = app.asOf ?? app.data?.campaign.reportingDate;
  if (!shown) return;
  const next = asOfAfterEdit(shown, change.stage?.date);
  if (next === null) return;
  app.setAsOf(next);
  useAppStore.setState({
    notice: {
      kind: 'info',
      message: {
        zh: `修改的日期 ${next} 晚于截至日期 ${shown}，已改为截至 ${next}，以便看到这次修改`,
        en: `The edit is dated ${next}, after the as-of date ${shown}: the views now show ${next}, with the edit`,
      },
    },
  });
}

async function setUndone(batch: EditBatch | null, undone: boolean): Promise<void> {
  const state = useEditStore.getState();
  if (!batch || !state.campaign) return;
  showEdits(withUndone(state.batches, batch.id, undone), state.decisions);
  if (state.storage !== 'saved' || state.unsaved.has(batch.id)) return;
  try {
    await (await editDatabase()).setBatchUndone(batch.id, undone);
    channel?.announce(state.campaign);
  } catch (error) {
    useEditStore.setState({ storageProblem: { zh: `撤销未能保存：${String(error)}`, en: `The undo was not saved: ${String(error)}` } });
  }
}

/** Ctrl+Z: takes back the latest batch in force. */
export function undo(): Promise<void> {
  return setUndone(batchToUndo(useEditStore.getState().batches), true);
}

/** Ctrl+Shift+Z: puts back the batch undone last. */
export function redo(): Promise<void> {
  return setUndone(batchToRedo(useEditStore.getState().batches), false);
}

/** Keep mine / take the file's, for an edit that could not be re-applied. */
export async function decide(editId: string, decision: EditDecision): Promise<void> {
  const state = useEditStore.getState();
  if (!state.campaign) return;
  showEdits(state.batches, new Map([...state.decisions, [editId, decision]]));
  if (state.storage !== 'saved') return;
  try {
    await (await editDatabase()).saveDecision(state.campaign, editId, decision);
    channel?.announce(state.campaign);
  } catch (error) {
    useEditStore.setState({ storageProblem: { zh: `决定未能保存：${String(error)}`, en: `The decision was not saved: ${String(error)}` } });
  }
}

/** Saves merged batches (导入修改) in one transaction, and the decisions that came with them, and shows them. */
export async function storeMerged(batches: readonly EditBatch[], changed: readonly EditBatch[], decisions: ReadonlyMap<string, EditDecision>): Promise<void> {
  const { campaign, decisions: known } = useEditStore.getState();
  lastSequence = Math.max(lastSequence, ...batches.map((batch) => batch.sequence));
  showEdits(batches, decisions);
  await store(changed);
  if (!campaign || useEditStore.getState().storage !== 'saved') return;
  try {
    for (const [editId, decision] of decisions) {
      if (known.get(editId) !== decision) await (await editDatabase()).saveDecision(campaign, editId, decision);
    }
  } catch (error) {
    useEditStore.setState({ storageProblem: { zh: `导入的决定未能保存：${String(error)}`, en: `The imported decisions were not saved: ${String(error)}` } });
  }
}
