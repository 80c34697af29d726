import { useMemo, useState } from 'react';
import { editFieldLabel, editValueText } from '../../domain/edits/edit-field-labels';
import { editLogRows, EMPTY_LOG_FILTER, filterEditLog, type EditLogFilter } from '../../domain/edits/edit-log';
import { batchToRedo, batchToUndo } from '../../domain/edits/undo-redo';
import { useEditStore } from '../../state/edit-store';
import { usePlots, useStages } from '../../state/selectors';
import { useLanguage } from '../i18n';
import { redo, undo } from './edit-session';
import { useEditText } from './edit-text';

const SHOWN_ROWS = 200;

/** 台账变更记录: who, when, plot, field, before → after, batch; filter by plot, township and day; undo / redo. */
export function ChangeLog() {
  const text = useEditText();
  const language = useLanguage();
  const stages = useStages();
  const plots = usePlots();
  const batches = useEditStore((state) => state.batches);
  const [filter, setFilter] = useState<EditLogFilter>(EMPTY_LOG_FILTER);
  const rows = useMemo(() => editLogRows(batches, plots), [batches, plots]);
  const shown = useMemo(() => filterEditLog(rows, filter), [rows, filter]);
  const townships = useMemo(() => [...new Set(rows.map((row) => row.township).filter(Boolean))].sort(), [rows]);
  const canUndo = batchToUndo(batches) !== null;
  const canRedo = batchToRedo(batches) !== null;

  return (
    <div className="change-log" data-testid="change-log">
      <div className="edit-actions">
        <button type="button" className="tool-button" data-testid="undo" disabled={!canUndo} onClick={() => void undo()}>
          ↶ {text('undo')}
        </button>
        <button type="button" className="tool-button" data-testid="redo" disabled={!canRedo} onClick={() => void redo()}>
          ↷ {text('redo')}
        </button>
        <span className="edit-hint">{text('undoHint')}</span>
      </div>
      <div className="change-log-filter">
        <input
          placeholder={text('filterPlot')}
          aria-label={text('filterPlot')}
          value={filter.plot}
          data-testid="log-filter-plot"
          onChange={(event) => setFilter({ ...filter, plot: event.target.value })}
        />
        <select
          aria-label={text('allTownships')}
          value={filter.township ?? ''}
          data-testid="log-filter-township"
          onChange={(event) => setFilter({ ...filter, township: event.target.value || null })}
        >
          <option value="">{text('allTownships')}</option>
          {townships.map((township) => (
            <option key={township} value={township}>
              {township}
            </option>
          ))}
        </select>
        <input
          type="date"
          aria-label={text('anyDay')}
          value={filter.day ?? ''}
          data-testid="log-filter-day"
          onChange={(event) => setFilter({ ...filter, day: event.target.value || null })}
        />
      </div>
      {shown.length === 0 ? (
        <p className="edit-hint">{text('noEdits')}</p>
      ) : (
        <table className="change-log-table">
          <thead>
            <tr>
              <th scope="col">{text('time')}</th>
              <th scope="col">{text('author')}</th>
              <th scope="col">{text('plot')}</th>
              <th scope="col">{text('field')}</th>
              <th scope="col">{text('change')}</th>
              <th scope="col">{text('batch')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.editId} className={row.undone ? 'undone' : undefined} data-testid="log-row" data-plot={row.plotId} data-field={row.field}>
                <td>{row.at.slice(0, 16).replace('T', ' ')}</td>
                <td>{row.author}</td>
                <td title={row.plotName}>{row.plotId}</td>
                <td>{editFieldLabel(row.field, language)}</td>
                <td>
                  {editValueText(row.field, row.before, stages, language)} → {editValueText(row.field, row.after, stages, language)}
                  {row.undone && <em className="undone-mark">（{text('undone')}）</em>}
                </td>
                <td className="batch-id">{row.batchId.slice(0, 6)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
