import { useEffect } from 'react';
import { redo, startEditSession, undo } from './edit-session';

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Keeps the edits in step with the loaded data, the database and other tabs; Ctrl+Z / Ctrl+Shift+Z undo and redo batches. */
export function EditSession() {
  useEffect(() => startEditSession(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'z' || typingIn(event.target)) return;
      event.preventDefault();
      void (event.shiftKey ? redo() : undo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
