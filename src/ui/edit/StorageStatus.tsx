import { useEditStore } from '../../state/edit-store';
import { pick, useLanguage } from '../i18n';
import { useEditText } from './edit-text';

/** Where the edits stand: 已保存 N 处修改 · M 处未导出, and any problem keeping them. */
export function StorageStatus() {
  const text = useEditText();
  const language = useLanguage();
  const { storage, batches, unsaved, exportedThrough, storageProblem, persisted } = useEditStore();
  const inForce = batches.filter((batch) => !batch.undone);
  const count = (list: typeof batches) => list.reduce((sum, batch) => sum + batch.edits.length, 0);
  const saved = count(inForce.filter((batch) => !unsaved.has(batch.id)));
  const pageOnly = count(inForce.filter((batch) => unsaved.has(batch.id)));
  const notExported = count(inForce.filter((batch) => batch.sequence > exportedThrough));
  return (
    <div className="edit-status" data-testid="edit-status" data-storage={storage}>
      {storage === 'opening' ? (
        <span>{text('opening')}</span>
      ) : (
        <span>
          {text('savedEdits', { n: saved })}
          {' · '}
          {notExported > 0 ? <strong>{text('notExported', { n: notExported })}</strong> : text('allExported')}
          {pageOnly > 0 && (
            <>
              {' · '}
              <strong className="edit-warning">{text('pageOnly', { n: pageOnly })}</strong>
            </>
          )}
        </span>
      )}
      {storageProblem && (
        <p className="edit-error" role="alert" data-testid="edit-storage-problem">
          {pick(storageProblem, language)}
        </p>
      )}
      {persisted === false && saved > 0 && <p className="edit-hint">{text('persistRefused')}</p>}
    </div>
  );
}
