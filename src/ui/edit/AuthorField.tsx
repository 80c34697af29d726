import { useState } from 'react';
import { setAuthor, useEditStore } from '../../state/edit-store';
import { useEditText } from './edit-text';

/** Asks for the editor's name once (remembered when the edit is saved); afterwards shows nothing. */
export function AuthorField({ onName }: { onName?: (name: string) => void }) {
  const text = useEditText();
  const author = useEditStore((state) => state.author);
  const [name, setName] = useState('');
  if (author) return null;
  return (
    <label className="edit-field edit-author">
      <span>{text('yourName')}</span>
      <input
        value={name}
        data-testid="edit-author"
        onChange={(event) => {
          setName(event.target.value);
          onName?.(event.target.value);
        }}
      />
    </label>
  );
}

/** The author to write into a batch: the name set before, or the one just typed (then remembered). */
export function authorFrom(typed: string): string | null {
  const known = useEditStore.getState().author;
  if (known) return known;
  if (!typed.trim()) return null;
  setAuthor(typed);
  return typed.trim();
}
