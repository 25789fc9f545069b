import { useState } from 'react';

interface CircleNameFormProps {
  /** Unique on the page, for the label. */
  id: string;
  name: string;
  onRename: (name: string) => void;
}

/** Renames a circle (saved or proposed): the name waits for the button, so typing changes nothing yet. */
export function CircleNameForm({ id, name: current, onRename }: CircleNameFormProps) {
  const [name, setName] = useState(current);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onRename(name);
      }}
    >
      <label htmlFor={id}>Name</label>
      <input id={id} value={name} onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button-secondary" disabled={name === current}>
        Rename
      </button>
    </form>
  );
}
