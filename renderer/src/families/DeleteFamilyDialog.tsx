import { useState } from 'react';
import type { Family } from '../../../shared/domain/family';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';
import { Modal } from '../components/Modal';
import { parentNames } from './family-columns';

interface DeleteFamilyDialogProps {
  family: Family;
  onCancel: () => void;
  onDeleted: () => void;
}

export function DeleteFamilyDialog({ family, onCancel, onDeleted }: DeleteFamilyDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const kids = family.kids.length;
  return (
    <Modal title={`Delete ${parentNames(family)}?`} onClose={onCancel} role="alertdialog" className="confirm-dialog">
      <p>
        This removes {parentNames(family)}
        {kids > 0 ? `, their ${kids === 1 ? 'kid' : `${kids} kids`}` : ''}, and all their RSVPs and attendance from Village for good. It
        cannot be undone.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button-secondary" onClick={onCancel} autoFocus>
          Keep family
        </button>
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            call('families.delete', { id: family.id })
              .then(onDeleted)
              .catch((failure: unknown) => setError(failure instanceof ApiFailure ? failure.message : 'Village could not delete this family.'));
          }}
        >
          Delete for good
        </button>
      </div>
    </Modal>
  );
}
