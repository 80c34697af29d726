import type { Plot, StageKey } from '../types';
import { fieldValue, sameValue, type EditBatch, type EditField, type EditValue, type PlotEdit } from './edit';
import { datesBeyond, stageDateKey } from './stage-date-key';

/** What the user asked to change, for one plot or many: only the fields given change. */
export interface PlotChange {
  /** A new stage and the date it was reached (written to that stage's date field). */
  stage?: { key: StageKey; date: string };
  officer?: string;
  deadline?: string | null;
  declaredAreaMu?: number | null;
  categories?: readonly string[];
  note?: string;
}

export interface BatchMeta {
  id: string;
  author: string;
  /** ISO date and time. */
  at: string;
  sequence: number;
  /** A new unique id for each edit. */
  newId(): string;
}

/** The fields and values a change sets on one plot, stage dates included. */
function targetValues(plot: Plot, change: PlotChange): Array<[EditField, EditValue]> {
  const values: Array<[EditField, EditValue]> = [];
  if (change.stage) {
    values.push(['stage', change.stage.key]);
    const dateKey = stageDateKey(change.stage.key);
    if (dateKey) values.push([dateKey, change.stage.date]);
    for (const later of datesBeyond(change.stage.key)) {
      if (later !== dateKey && plot.dates[later] !== undefined) values.push([later, null]);
    }
  }
  if (change.officer !== undefined) values.push(['officer', change.officer.trim()]);
  if (change.deadline !== undefined) values.push(['deadline', change.deadline]);
  if (change.declaredAreaMu !== undefined) values.push(['declaredAreaMu', change.declaredAreaMu]);
  if (change.categories !== undefined) values.push(['categories', change.categories]);
  if (change.note !== undefined) values.push(['note', change.note]);
  return values;
}

/**
 * The batch that makes `change` on every plot given, one edit per field that really changes
 * (before = the plot's value now), or null when nothing would change.
 */
export function makeBatch(plots: readonly Plot[], change: PlotChange, meta: BatchMeta): EditBatch | null {
  const edits: PlotEdit[] = [];
  for (const plot of plots) {
    for (const [field, after] of targetValues(plot, change)) {
      const before = fieldValue(plot, field);
      if (sameValue(before, after)) continue;
      edits.push({ id: meta.newId(), batchId: meta.id, plotId: plot.id, field, before, after });
    }
  }
  if (edits.length === 0) return null;
  return { id: meta.id, author: meta.author, at: meta.at, sequence: meta.sequence, edits, undone: false };
}
