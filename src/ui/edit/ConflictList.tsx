import { editFieldLabel, editValueText } from '../../domain/edits/edit-field-labels';
import { useEditStore } from '../../state/edit-store';
import { useStages } from '../../state/selectors';
import { useLanguage } from '../i18n';
import { decide } from './edit-session';
import { useEditText } from './edit-text';

/** Edits that could not be re-applied on the file as it is now: each waits for keep mine / take the file's. */
export function ConflictList() {
  const text = useEditText();
  const language = useLanguage();
  const stages = useStages();
  const conflicts = useEditStore((state) => state.conflicts);
  if (conflicts.length === 0) return null;
  return (
    <div className="edit-conflicts" role="alert" data-testid="edit-conflicts">
      <h3>{text('conflicts', { n: conflicts.length })}</h3>
      <p className="edit-hint">{text('conflictsHint')}</p>
      <ul>
        {conflicts.map(({ edit, kind, current, author }) => (
          <li key={edit.id} data-testid="edit-conflict" data-plot={edit.plotId} data-field={edit.field}>
            <span className="edit-conflict-what">
              {edit.plotId} · {editFieldLabel(edit.field, language)}
            </span>
            <span>
              {text('mineIs')}（{author}）: {editValueText(edit.field, edit.before, stages, language)} → {editValueText(edit.field, edit.after, stages, language)}
            </span>
            <span>{kind === 'missing' ? text('plotGone') : `${text('fileHas')}: ${editValueText(edit.field, current, stages, language)}`}</span>
            <span className="edit-actions">
              {kind === 'changed' && (
                <button type="button" className="tool-button" data-testid="keep-mine" onClick={() => void decide(edit.id, 'mine')}>
                  {text('keepMine')}
                </button>
              )}
              <button type="button" className="tool-button" data-testid="take-file" onClick={() => void decide(edit.id, 'file')}>
                {text('takeFile')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
