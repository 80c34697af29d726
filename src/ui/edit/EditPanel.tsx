import { useEditStore } from '../../state/edit-store';
import { useAppStore } from '../../state/store';
import { BulkEditCard } from './BulkEditCard';
import { ChangeLog } from './ChangeLog';
import { ConflictList } from './ConflictList';
import { EditFileButtons } from './EditFileButtons';
import { useEditText } from './edit-text';
import { StorageStatus } from './StorageStatus';
import './edit.css';

/** What needs the editor now, at the top of the sidebar: an open bulk edit and edits waiting for a decision. */
export function EditAlerts() {
  const bulkTargets = useEditStore((state) => state.bulkTargets);
  return (
    <>
      {bulkTargets && <BulkEditCard targets={bulkTargets} />}
      <ConflictList />
    </>
  );
}

/** The sidebar's ledger-editing panel: where the edits stand, export and import, and the change log. */
export function EditPanel() {
  const text = useEditText();
  const loaded = useAppStore((state) => state.data !== null);
  const open = useEditStore((state) => state.logOpen);
  if (!loaded) return null;
  return (
    <>
      <section className="panel edit-panel" aria-label={text('changeLog')} data-testid="edit-panel">
        <header className="panel-header">
          <button
            type="button"
            className="ledger-toggle"
            aria-expanded={open}
            data-testid="change-log-toggle"
            onClick={() => useEditStore.setState({ logOpen: !open })}
          >
            {open ? '▾' : '▸'} {text('changeLog')}
          </button>
        </header>
        <StorageStatus />
        <EditFileButtons />
        {open && <ChangeLog />}
      </section>
    </>
  );
}
