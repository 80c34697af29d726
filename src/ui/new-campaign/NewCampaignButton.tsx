import { useState } from 'react';
import { startNewCampaign, unexportedEditCount } from '../../state/new-campaign';
import { createdNotice, useNewCampaignText } from './new-campaign-text';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** 新建作战图: asks the new campaign's name and date, warns of edits not exported, and starts it empty. */
export function NewCampaignButton() {
  const text = useNewCampaignText();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [date, setDate] = useState(today);
  const [edits, setEdits] = useState(0);

  const begin = () => {
    setName(text('defaultName'));
    setDate(today());
    setEdits(unexportedEditCount());
    setOpen(true);
  };
  const create = () => {
    const chosen = name.trim() || text('defaultName');
    startNewCampaign(chosen, date || today(), createdNotice(chosen));
    setOpen(false);
  };

  return (
    <>
      <button type="button" className="header-button" onClick={begin} data-testid="new-campaign">
        {text('button')}
      </button>
      {open && (
        <div className="import-backdrop">
          <form
            className="import-dialog new-campaign-dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="new-campaign-title"
            data-testid="new-campaign-dialog"
            onSubmit={(event) => {
              event.preventDefault();
              create();
            }}
          >
            <h2 id="new-campaign-title">{text('title')}</h2>
            <p className="import-intro">{text('intro')}</p>
            {edits > 0 && (
              <p className="import-refused" role="alert" data-testid="new-campaign-edits">
                {text('editsKept', { n: edits })}
              </p>
            )}
            <div className="import-fields">
              <label>
                {text('name')} <input value={name} onChange={(event) => setName(event.target.value)} data-testid="new-campaign-name" />
              </label>
              <label>
                {text('reportingDate')} <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
              </label>
            </div>
            <div className="import-actions">
              <button type="button" className="import-cancel" onClick={() => setOpen(false)}>
                {text('cancel')}
              </button>
              <button type="submit" className="import-submit" data-testid="new-campaign-create">
                {text('create')}
              </button>
            </div>
          </form>
        </div>
      )}
    </>
  );
}
