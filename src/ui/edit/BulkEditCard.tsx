import { useState, type FormEvent, type ReactNode } from 'react';
import { useEditStore } from '../../state/edit-store';
import { usePlots, useStages } from '../../state/selectors';
import { stageLabel, useLanguage } from '../i18n';
import { AuthorField, authorFrom } from './AuthorField';
import { bulkChangeOf, emptyBulkForm, type BulkForm } from './bulk-form';
import { saveChange } from './edit-session';
import { useEditText, type EditTextKey } from './edit-text';
import { useDefaultEditDate } from './use-default-edit-date';

/** 批量编辑: one change (e.g. 标记为已签约 2026-11-20) to the picked or filtered plots, saved as one batch. */
export function BulkEditCard({ targets }: { targets: readonly number[] }) {
  const text = useEditText();
  const language = useLanguage();
  const stages = useStages();
  const plots = usePlots();
  const [form, setForm] = useState<BulkForm>(emptyBulkForm(useDefaultEditDate()));
  const [typedName, setTypedName] = useState('');
  const [error, setError] = useState<EditTextKey | null>(null);
  const set = <Key extends keyof BulkForm>(key: Key, value: BulkForm[Key]) => setForm((current) => ({ ...current, [key]: value }));
  const close = () => useEditStore.setState({ bulkTargets: null });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = bulkChangeOf(form);
    if ('error' in result) return setError(result.error);
    if (authorFrom(typedName) === null) return setError('nameNeeded');
    const wanted = new Set(targets);
    close();
    void saveChange(plots.filter((plot) => wanted.has(plot.index)), result.change);
  };

  const row = (tick: keyof BulkForm, label: string, control: ReactNode) => (
    <div className="bulk-row">
      <label>
        <input type="checkbox" checked={form[tick] as boolean} data-testid={`bulk-${tick}`} onChange={(event) => set(tick, event.target.checked)} />
        {label}
      </label>
      {control}
    </div>
  );

  return (
    <form className="panel bulk-edit" aria-label={text('bulkEdit')} data-testid="bulk-edit" onSubmit={submit}>
      <h2>{text('bulkTitle', { n: targets.length })}</h2>
      {row(
        'changeStage',
        text('bulkStage'),
        <>
          <select value={form.stage} aria-label={text('bulkStage')} data-testid="bulk-stage" onChange={(event) => set('stage', event.target.value as BulkForm['stage'])}>
            {stages.map((stage) => (
              <option key={stage.key} value={stage.key}>
                {stageLabel(stage, language)}
              </option>
            ))}
          </select>
          <input type="date" value={form.stageDate} aria-label={text('stageDate')} data-testid="bulk-stage-date" onChange={(event) => set('stageDate', event.target.value)} />
        </>,
      )}
      {row('changeOfficer', text('officer'), <input value={form.officer} aria-label={text('officer')} onChange={(event) => set('officer', event.target.value)} />)}
      {row('changeDeadline', text('deadline'), <input type="date" value={form.deadline} aria-label={text('deadline')} onChange={(event) => set('deadline', event.target.value)} />)}
      {row('changeNote', text('note'), <input value={form.note} aria-label={text('note')} onChange={(event) => set('note', event.target.value)} />)}
      <AuthorField onName={setTypedName} />
      {error && (
        <p className="edit-error" role="alert">
          {text(error)}
        </p>
      )}
      <div className="edit-actions">
        <button type="submit" className="tool-button edit-save" data-testid="bulk-save">
          {text('bulkConfirm', { n: targets.length })}
        </button>
        <button type="button" className="tool-button" onClick={close}>
          {text('cancel')}
        </button>
      </div>
    </form>
  );
}

/** Opens the bulk edit for the given plots. */
export function BulkEditButton({ plots, label, testId }: { plots: readonly { index: number }[]; label: EditTextKey; testId: string }) {
  const text = useEditText();
  const opening = useEditStore((state) => state.storage === 'opening');
  return (
    <button
      type="button"
      className="tool-button"
      data-testid={testId}
      disabled={opening || plots.length === 0}
      onClick={() => useEditStore.setState({ bulkTargets: plots.map((plot) => plot.index), editingPlot: null })}
    >
      {text(label)}
    </button>
  );
}
