import { useRef } from 'react';
import { useLanguage } from '../i18n';
import { exportChangeLog, exportEdits, importEdits } from './edit-files';
import { useEditText } from './edit-text';

/** 导出修改 / 导入修改 (one file, merged by edit id) and 导出变更记录 CSV. */
export function EditFileButtons() {
  const text = useEditText();
  const language = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="edit-actions">
      <button type="button" className="tool-button" data-testid="export-edits" onClick={() => void exportEdits()}>
        {text('exportEdits')}
      </button>
      <button type="button" className="tool-button" data-testid="import-edits" onClick={() => input.current?.click()}>
        {text('importEdits')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-edits-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importEdits(file);
        }}
      />
      <button type="button" className="tool-button" data-testid="export-change-log" onClick={() => exportChangeLog(language)}>
        {text('exportLog')}
      </button>
    </div>
  );
}
