import { stageDateKey } from '../../domain/edits/stage-date-key';
import type { PlotChange } from '../../domain/edits/make-batch';
import { parseDate } from '../../domain/parse-date';
import type { Plot, StageKey } from '../../domain/types';
import type { EditTextKey } from './edit-text';

/** The edit card's fields as the user types them. */
export interface EditForm {
  stage: StageKey;
  stageDate: string;
  officer: string;
  deadline: string;
  declaredArea: string;
  categories: string;
  note: string;
}

/** The card filled with the plot's values; the stage date is the plot's own, or `defaultDate`. */
export function formOf(plot: Plot, defaultDate: string): EditForm {
  const dateKey = stageDateKey(plot.stage);
  return {
    stage: plot.stage,
    stageDate: (dateKey && plot.dates[dateKey]) || defaultDate,
    officer: plot.officer,
    deadline: plot.deadline ?? '',
    declaredArea: plot.declaredAreaMu === null ? '' : String(plot.declaredAreaMu),
    categories: plot.categories.join('、'),
    note: plot.note,
  };
}

/** A list of categories typed with 、 , ， ; or spaces between them. */
export function categoriesOf(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\s]+/).map((item) => item.trim()).filter(Boolean))];
}

/** A typed date as ISO, '' as null, or undefined when it is not a date. */
export function dateOf(text: string): string | null | undefined {
  return parseDate(text);
}

/**
 * What the card asks to change on the plot, or the message for a field that cannot be saved.
 * The stage is changed when it, or the date of the stage, differs from the plot's.
 */
export function changeOf(plot: Plot, form: EditForm): { change: PlotChange } | { error: EditTextKey } {
  const change: PlotChange = {};
  const dateKey = stageDateKey(form.stage);
  const stageDate = dateOf(form.stageDate);
  if (form.stage !== plot.stage || (dateKey !== null && stageDate !== (plot.dates[dateKey] ?? null))) {
    if (dateKey !== null && typeof stageDate !== 'string') return { error: 'badDate' };
    change.stage = { key: form.stage, date: stageDate ?? '' };
  }
  const deadline = dateOf(form.deadline);
  if (deadline === undefined) return { error: 'badDate' };
  const area = form.declaredArea.trim() === '' ? null : Number(form.declaredArea.trim());
  if (area !== null && !(Number.isFinite(area) && area >= 0)) return { error: 'badArea' };
  Object.assign(change, { officer: form.officer, deadline, declaredAreaMu: area, categories: categoriesOf(form.categories), note: form.note.trim() });
  return { change };
}
