import type { PlotChange } from '../../domain/edits/make-batch';
import type { StageKey } from '../../domain/types';
import { dateOf } from './edit-form';
import type { EditTextKey } from './edit-text';

/** The bulk edit card: each field changes only when its box is ticked. */
export interface BulkForm {
  changeStage: boolean;
  stage: StageKey;
  stageDate: string;
  changeOfficer: boolean;
  officer: string;
  changeDeadline: boolean;
  deadline: string;
  changeNote: boolean;
  note: string;
}

export function emptyBulkForm(defaultDate: string): BulkForm {
  return { changeStage: true, stage: 'signed', stageDate: defaultDate, changeOfficer: false, officer: '', changeDeadline: false, deadline: '', changeNote: false, note: '' };
}

/** The change the ticked fields ask for, the message for a field that cannot be saved, or noChange. */
export function bulkChangeOf(form: BulkForm): { change: PlotChange } | { error: EditTextKey } {
  const change: PlotChange = {};
  if (form.changeStage) {
    const date = dateOf(form.stageDate);
    if (typeof date !== 'string') return { error: 'badDate' };
    change.stage = { key: form.stage, date };
  }
  if (form.changeOfficer) change.officer = form.officer;
  if (form.changeDeadline) {
    const deadline = dateOf(form.deadline);
    if (deadline === undefined) return { error: 'badDate' };
    change.deadline = deadline;
  }
  if (form.changeNote) change.note = form.note.trim();
  return Object.keys(change).length === 0 ? { error: 'noChange' } : { change };
}
