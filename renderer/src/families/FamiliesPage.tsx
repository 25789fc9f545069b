import { useState } from 'react';
import type { Family } from '../../../shared/domain/family';
import { FamiliesTable } from './FamiliesTable';
import { FamilyDialog } from './FamilyDialog';
import { useFamilies } from './useFamilies';

type Editing = { family: Family | null } | null;

export function FamiliesPage() {
  const [search, setSearch] = useState('');
  const { families, loading, error, reload } = useFamilies(search);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');

  const empty = !loading && families.length === 0;
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">Families</h1>
          <p className="page-subtitle">{loading ? 'Loading…' : `${families.length} ${families.length === 1 ? 'family' : 'families'}${search ? ' found' : ''}`}</p>
        </div>
        <div className="page-actions">
          <input
            type="search"
            className="search"
            placeholder="Search names, email, phone"
            aria-label="Search families"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <button type="button" className="button-primary" onClick={() => setEditing({ family: null })}>
            Add family
          </button>
        </div>
      </header>

      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}

      {empty && search === '' && (
        <div className="empty-state">
          <p className="empty-title">Your village starts here</p>
          <p>Add the first family: a parent or caregiver, how to reach them, and their kids.</p>
          <button type="button" className="button-primary" onClick={() => setEditing({ family: null })}>
            Add the first family
          </button>
        </div>
      )}
      {empty && search !== '' && (
        <div className="empty-state">
          <p>No family matches “{search}”.</p>
        </div>
      )}
      {!empty && <FamiliesTable families={families} onOpen={(family) => setEditing({ family })} />}

      {editing && (
        <FamilyDialog
          family={editing.family}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setNotice(message);
            reload();
          }}
        />
      )}
    </section>
  );
}
