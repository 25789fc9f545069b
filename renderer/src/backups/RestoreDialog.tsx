import { useState } from 'react';
import type { BackupSummary } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';
import { Modal } from '../components/Modal';
import { backupWhen } from './backup-labels';

interface RestoreDialogProps {
  backup: BackupSummary;
  onCancel: () => void;
  onRestored: () => void;
}

export function RestoreDialog({ backup, onCancel, onRestored }: RestoreDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  return (
    <Modal title="Restore this backup?" onClose={onCancel} role="alertdialog" className="confirm-dialog">
      <p>
        Village will go back to how everything was on <strong>{backupWhen(backup)}</strong>. Your data as it is now is saved as a backup first, so you
        can come back to it.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button-secondary" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={restoring}
          onClick={() => {
            setRestoring(true);
            call('backups.restore', { name: backup.name })
              .then(onRestored)
              .catch((failure: unknown) => {
                setRestoring(false);
                setError(failure instanceof ApiFailure ? failure.message : 'Village could not restore this backup.');
              });
          }}
        >
          {restoring ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    </Modal>
  );
}
