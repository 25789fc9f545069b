import { useState } from 'react';
import '../styles/sessions.css';
import type { Park } from '../../../shared/domain/sessions/session';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { StatusMessages } from '../components/StatusMessages';
import { ParkDialog } from './ParkDialog';
import { useNotice } from '../components/useNotice';
import { failureMessage } from '../api/failure-message';
import { PageHeader } from '../components/PageHeader';
import { Checkbox } from '../components/Checkbox';

type Editing = { park: Park | null } | null;

export function ParksPage() {
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error, reload } = useApi(
    'parks.list',
    { includeArchived: showArchived },
    'Village could not load the parks.',
  );
  const parks = data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useNotice('');
  const [actionError, setActionError] = useState<string | null>(null);

  async function setArchived(park: Park, archived: boolean) {
    try {
      await call('parks.archive', { id: park.id, archived });
      setNotice(archived ? `Archived ${park.name}. Its past sessions keep it.` : `${park.name} is back in the list.`);
      setActionError(null);
      reload();
    } catch (failure) {
      setActionError(failureMessage(failure, 'Village could not change this park.'));
    }
  }

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader
        title="Parks"
        subtitle={loading ? 'Loading…' : `${parks.length} ${parks.length === 1 ? 'park' : 'parks'}`}
      >
        <Checkbox checked={showArchived} onChecked={setShowArchived}>
          Show archived
        </Checkbox>
        <button type="button" className="button-primary" onClick={() => setEditing({ park: null })}>
          Add park
        </button>
      </PageHeader>
      <StatusMessages notice={notice} error={error ?? actionError} />
      {!loading && parks.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">Where do you meet?</p>
          <p>
            Add the parks you use: the address, and what parents like to know (shade, restrooms, a fenced playground,
            parking).
          </p>
          <button type="button" className="button-primary" onClick={() => setEditing({ park: null })}>
            Add the first park
          </button>
        </div>
      )}
      {parks.length > 0 && (
        <ul className="card-list">
          {parks.map((park) => (
            <li key={park.id} className={`card${park.archived ? ' card-archived' : ''}`}>
              <div className="card-main">
                <h2 className="card-title">
                  {park.name} {park.archived && <span className="badge">Archived</span>}
                </h2>
                {park.address && <p className="muted">{park.address}</p>}
                {park.notes && <p className="card-notes">{park.notes}</p>}
                <p className="muted small">
                  {park.sessionCount === 0
                    ? 'No sessions yet'
                    : `${park.sessionCount} session${park.sessionCount === 1 ? '' : 's'}`}
                  {park.mapUrl && (
                    <>
                      {' · '}
                      <a href={park.mapUrl} target="_blank" rel="noreferrer noopener">
                        Map
                      </a>
                    </>
                  )}
                </p>
              </div>
              <div className="card-actions">
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`Edit ${park.name}`}
                  onClick={() => setEditing({ park })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`${park.archived ? 'Restore' : 'Archive'} ${park.name}`}
                  onClick={() => void setArchived(park, !park.archived)}
                >
                  {park.archived ? 'Restore' : 'Archive'}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ParkDialog
          park={editing.park}
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
