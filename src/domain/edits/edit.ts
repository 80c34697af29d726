import { STAGE_DATE_KEYS, type Plot, type StageDateKey, type StageKey } from '../types';

/** The plot fields staff may change in the app. */
export const EDIT_FIELDS = ['stage', ...STAGE_DATE_KEYS, 'officer', 'deadline', 'declaredAreaMu', 'categories', 'note'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

/** A field's value: text, an ISO date, a number of mu, a list of categories, or empty (null). */
export type EditValue = string | number | readonly string[] | null;

/** One field of one plot changed from `before` to `after`: the unit that is stored, logged and merged. */
export interface PlotEdit {
  /** Unique across machines, so that a colleague's edits merge by id. */
  id: string;
  batchId: string;
  plotId: string;
  field: EditField;
  before: EditValue;
  after: EditValue;
}

/** Edits made together (one save, one bulk edit): undone and redone as a whole. */
export interface EditBatch {
  id: string;
  /** Who made it: the name the user set once. */
  author: string;
  /** When it was made, ISO date and time. */
  at: string;
  /** Orders batches: the time of the edit in milliseconds, ties broken by id. */
  sequence: number;
  edits: readonly PlotEdit[];
  /** Undone batches stay in the log but are not applied. */
  undone: boolean;
}

/** What the user decided for an edit that could not be re-applied: keep theirs, or take the file's value. */
export type EditDecision = 'mine' | 'file';

export function fieldValue(plot: Plot, field: EditField): EditValue {
  switch (field) {
    case 'stage':
      return plot.stage;
    case 'officer':
      return plot.officer;
    case 'deadline':
      return plot.deadline;
    case 'declaredAreaMu':
      return plot.declaredAreaMu;
    case 'categories':
      return plot.categories;
    case 'note':
      return plot.note;
    default:
      return plot.dates[field] ?? null;
  }
}

/** A new plot object with one field changed; the plot given is left as it is. */
export function withFieldValue(plot: Plot, field: EditField, value: EditValue): Plot {
  switch (field) {
    case 'stage':
      return { ...plot, stage: value as StageKey };
    case 'officer':
    case 'note':
      return { ...plot, [field]: typeof value === 'string' ? value : '' };
    case 'deadline':
      return { ...plot, deadline: typeof value === 'string' && value !== '' ? value : null };
    case 'declaredAreaMu':
      return { ...plot, declaredAreaMu: typeof value === 'number' ? value : null };
    case 'categories':
      return { ...plot, categories: Array.isArray(value) ? [...(value as readonly string[])] : [] };
    default:
      return { ...plot, dates: withDate(plot.dates, field, value) };
  }
}

function withDate(dates: Plot['dates'], key: StageDateKey, value: EditValue): Plot['dates'] {
  const next = { ...dates };
  if (typeof value === 'string' && value !== '') next[key] = value;
  else delete next[key];
  return next;
}

/** Whether two field values are the same (lists compared item by item; '' and null both mean empty). */
export function sameValue(a: EditValue, b: EditValue): boolean {
  const left = a === '' ? null : a;
  const right = b === '' ? null : b;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, position) => item === right[position]);
  }
  return left === right;
}

/** The batches in the order they apply. */
export function inOrder(batches: readonly EditBatch[]): EditBatch[] {
  return [...batches].sort((a, b) => a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
