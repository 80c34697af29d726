import { useEditStore } from '../../state/edit-store';
import { useAppStore } from '../../state/store';
import { BulkEditCard } from './BulkEditCard';
import { ChangeLog } from './ChangeLog';
import { ConflictList } from './ConflictList';
import { EditFileButtons } from './EditFileButtons';
import { useEditText } from './edit-text';
import { StorageStatus } from './StorageStatus';
import './edit.css';

/** The sidebar's ledger-editing panel: where the edits stand, conflicts to decide, and the change log. */
export function EditPanel() {
  const text = useEditText();
  const loaded = useAppStore((state) => state.data !== null);
  const open = useEditStore((state) => state.logOpen);
  const bulkTargets = useEditStore((state) => state.bulkTargets);
  if (!loaded) return null;
  return (
    <>
      {bulkTargets && <BulkEditCard targets={bulkTargets} />}
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
        <ConflictList />
        {open && <ChangeLog />}
      </section>
    </>
  );
}
