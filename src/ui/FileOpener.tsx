import { useEffect, useRef, useState } from 'react';
import { acceptedExtensions } from '../io/worker/formats';
import { openFile } from './open-file';
import { useText } from './i18n';

/** A button to pick a parcels GeoJSON, and a drop zone over the whole window. */
export function FileOpener() {
  const text = useText();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void openFile(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <button type="button" className="header-button" onClick={() => inputRef.current?.click()}>
        {text('openFile')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={[...acceptedExtensions(), 'application/geo+json', 'application/json'].join(',')}
        multiple
        hidden
        data-testid="file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          if (files.length > 0) void openFile(files);
          event.target.value = '';
        }}
      />
      {dragging && <div className="drop-overlay">{text('dropHint')}</div>}
    </>
  );
}
