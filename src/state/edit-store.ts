import { create } from 'zustand';
import type { EditBatch, EditDecision } from '../domain/edits/edit';
import { carryPlotCaches, changedPositions } from '../domain/edits/carry-plot-caches';
import { appendBatch, replayEdits, type EditConflict, type ReplayResult } from '../domain/edits/replay-edits';
import type { Plot } from '../domain/types';
import type { Message } from './store';
import { useAppStore, type LoadedData } from './store';

/** Where the edits are kept: opening the database, in it, or only in this page (it cannot be used). */
export type EditStorage = 'opening' | 'saved' | 'page-only';

interface EditState {
  /** The campaign the edits belong to (see campaignKey), null before data is loaded. */
  campaign: string | null;
  /** The plots as the file has them, before any edit. */
  filePlots: readonly Plot[] | null;
  /** The plots with the edits applied, as last handed to the app. */
  shownPlots: readonly Plot[] | null;
  batches: readonly EditBatch[];
  decisions: ReadonlyMap<string, EditDecision>;
  conflicts: readonly EditConflict[];
  applied: number;
  storage: EditStorage;
  /** A problem with keeping the edits, shown until it is gone. */
  storageProblem: Message | null;
  /** Whether the browser granted persistent storage (null: not asked or cannot ask). */
  persisted: boolean | null;
  /** Batches not yet written to the database (it failed): kept here, never dropped. */
  unsaved: ReadonlySet<string>;
  /** Batches up to this sequence were in the last 导出修改 file. */
  exportedThrough: number;
  /** The plot whose edit card is open. */
  editingPlot: number | null;
  /** The plots a bulk edit is about to change, by plot index; null when no bulk edit is open. */
  bulkTargets: readonly number[] | null;
  logOpen: boolean;
  /** Who is editing: a name set once, written into every batch. */
  author: string;
}

const INITIAL: EditState = {
  campaign: null,
  filePlots: null,
  shownPlots: null,
  batches: [],
  decisions: new Map(),
  conflicts: [],
  applied: 0,
  storage: 'opening',
  storageProblem: null,
  persisted: null,
  unsaved: new Set(),
  exportedThrough: 0,
  editingPlot: null,
  bulkTargets: null,
  logOpen: false,
  author: rememberedAuthor(),
};

export const useEditStore = create<EditState>()(() => INITIAL);

const AUTHOR_KEY = 'battle-map.author';

function rememberedAuthor(): string {
  try {
    return window.localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Sets the editor's name, remembered in this browser. */
export function setAuthor(author: string): void {
  const name = author.trim();
  try {
    window.localStorage.setItem(AUTHOR_KEY, name);
  } catch {
    // A browser that refuses storage keeps the name for this page only.
  }
  useEditStore.setState({ author: name });
}

/** A new campaign was loaded: its own plots are the file's, no edits known yet. */
export function startCampaign(campaign: string, filePlots: readonly Plot[]): void {
  const { logOpen, author, persisted } = useEditStore.getState();
  useEditStore.setState({ ...INITIAL, campaign, filePlots, shownPlots: filePlots, logOpen, author, persisted });
}

/**
 * Replaces the edits and applies them to the file's plots: the app's plots become the edited
 * plots (a new array, edited plots new objects), so every view follows at once.
 */
export function showEdits(batches: readonly EditBatch[], decisions: ReadonlyMap<string, EditDecision>): void {
  const { filePlots } = useEditStore.getState();
  if (!filePlots) return;
  show(batches, decisions, replayEdits(filePlots, batches, decisions));
}

function show(batches: readonly EditBatch[], decisions: ReadonlyMap<string, EditDecision>, result: ReplayResult): void {
  const { shownPlots } = useEditStore.getState();
  // No plot changed (e.g. a campaign with no edits yet): the views keep the plots they have.
  if (shownPlots && changedPositions(shownPlots, result.plots)?.length === 0) {
    useEditStore.setState({ batches, decisions, conflicts: result.conflicts, applied: result.applied });
    return;
  }
  if (shownPlots) carryPlotCaches(shownPlots, result.plots);
  useEditStore.setState({ batches, decisions, conflicts: result.conflicts, applied: result.applied, shownPlots: result.plots });
  useAppStore.setState((state) => (state.data ? { data: { ...state.data, plots: result.plots } } : state));
}

/**
 * Adds a batch made just now, later than every other: applied to the plots as shown rather
 * than replaying the whole log, so that an edit costs the plots it changes.
 */
export function showNewBatch(batch: EditBatch): void {
  const { filePlots, shownPlots, batches, decisions, conflicts, applied } = useEditStore.getState();
  const latest = batches.reduce((most, other) => Math.max(most, other.sequence), -Infinity);
  if (!filePlots || !shownPlots || batch.sequence <= latest) {
    showEdits([...batches, batch], decisions);
    return;
  }
  const result = appendBatch(filePlots, shownPlots, batch, decisions);
  show([...batches, batch], decisions, { ...result, conflicts: [...conflicts, ...result.conflicts], applied: applied + result.applied });
}

/** Whether `next` is `previous` with edited plots (same load), rather than newly loaded data. */
export function isEditOf(previous: LoadedData | null, next: LoadedData | null): boolean {
  return previous !== null && next !== null && previous.campaign === next.campaign && previous.findings === next.findings;
}

/** The plot as the file has it, when edits changed it; for exports that write the edits over the file's properties. */
export function fileVersionOf(plot: Plot): Plot | undefined {
  const { filePlots, shownPlots } = useEditStore.getState();
  if (!filePlots || !shownPlots) return undefined;
  const filePlot = filePlots[positionOfIndex(filePlots, plot.index)];
  return filePlot?.index === plot.index ? filePlot : undefined;
}

/** Plots keep their file order, so a plot's index is usually its position; otherwise search. */
function positionOfIndex(plots: readonly Plot[], index: number): number {
  if (plots[index]?.index === index) return index;
  return plots.findIndex((plot) => plot.index === index);
}
