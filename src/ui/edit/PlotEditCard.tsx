import { useState, type FormEvent } from 'react';
import type { Plot } from '../../domain/types';
import { useEditStore } from '../../state/edit-store';
import { useStages } from '../../state/selectors';
import { stageLabel, useLanguage } from '../i18n';
import { AuthorField, authorFrom } from './AuthorField';
import { changeOf, formOf, type EditForm } from './edit-form';
import { saveChange } from './edit-session';
import { useEditText, type EditTextKey } from './edit-text';
import { useDefaultEditDate } from './use-default-edit-date';

/** The edit card (编辑): stage with its date, officer, deadline, ledger area, categories, note; 保存 / 取消. */
export function PlotEditCard({ plot }: { plot: Plot }) {
  const text = useEditText();
  const language = useLanguage();
  const stages = useStages();
  const defaultDate = useDefaultEditDate();
  const [form, setForm] = useState<EditForm>(() => formOf(plot, defaultDate));
  const [typedName, setTypedName] = useState('');
  const [error, setError] = useState<EditTextKey | null>(null);
  const close = () => useEditStore.setState({ editingPlot: null });
  const set = <Key extends keyof EditForm>(key: Key, value: EditForm[Key]) => setForm((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = changeOf(plot, form);
    if ('error' in result) return setError(result.error);
    if (authorFrom(typedName) === null) return setError('nameNeeded');
    close();
    void saveChange([plot], result.change);
  };

  return (
    <form className="panel plot-details edit-card" aria-label={text('editPlot')} data-testid="edit-card" onSubmit={submit}>
      <header className="panel-header">
        <h2>
          {text('editPlot')} · {plot.name || plot.id}
        </h2>
      </header>
      <div className="edit-stage-row">
        <label className="edit-field">
          <span>{text('bulkStage')}</span>
          <select value={form.stage} data-testid="edit-stage" onChange={(event) => set('stage', event.target.value as EditForm['stage'])}>
            {stages.map((stage) => (
              <option key={stage.key} value={stage.key}>
                {stageLabel(stage, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="edit-field">
          <span>{text('stageDate')}</span>
          <input type="date" value={form.stageDate} data-testid="edit-stage-date" onChange={(event) => set('stageDate', event.target.value)} />
        </label>
      </div>
      <label className="edit-field">
        <span>{text('officer')}</span>
        <input value={form.officer} data-testid="edit-officer" onChange={(event) => set('officer', event.target.value)} />
      </label>
      <label className="edit-field">
        <span>{text('deadline')}</span>
        <input type="date" value={form.deadline} data-testid="edit-deadline" onChange={(event) => set('deadline', event.target.value)} />
      </label>
      <label className="edit-field">
        <span>{text('declaredArea')}</span>
        <input inputMode="decimal" value={form.declaredArea} data-testid="edit-area" onChange={(event) => set('declaredArea', event.target.value)} />
      </label>
      <label className="edit-field">
        <span>{text('categories')}</span>
        <input value={form.categories} data-testid="edit-categories" onChange={(event) => set('categories', event.target.value)} />
      </label>
      <label className="edit-field">
        <span>{text('note')}</span>
        <textarea rows={2} value={form.note} data-testid="edit-note" onChange={(event) => set('note', event.target.value)} />
      </label>
      <AuthorField onName={setTypedName} />
      {error && (
        <p className="edit-error" role="alert">
          {text(error)}
        </p>
      )}
      <div className="edit-actions">
        <button type="submit" className="tool-button edit-save" data-testid="edit-save">
          {text('save')}
        </button>
        <button type="button" className="tool-button" data-testid="edit-cancel" onClick={close}>
          {text('cancel')}
        </button>
      </div>
    </form>
  );
}
