import { useState } from 'react';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';
import { Modal } from '../components/Modal';

export interface FamilyToDelete {
  id: number;
  name: string;
  kids: number;
}

interface DeleteFamilyDialogProps {
  families: FamilyToDelete[];
  onCancel: () => void;
  onDeleted: (message: string) => void;
}

/** Confirms deleting one family or a selection: everything about them goes, for good. */
export function DeleteFamilyDialog({ families, onCancel, onDeleted }: DeleteFamilyDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const one = families.length === 1 ? families[0]! : null;
  const kids = families.reduce((sum, family) => sum + family.kids, 0);
  const who = one ? one.name : `${families.length} families`;
  const theirKids = kids > 0 ? `, their ${kids === 1 ? 'kid' : `${kids} kids`}` : '';
  return (
    <Modal title={`Delete ${who}?`} onClose={onCancel} role="alertdialog" className="confirm-dialog">
      <p>
        This removes {who}
        {theirKids}, and all their RSVPs and attendance from Village for good, backups included. It cannot be undone.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button-secondary" onClick={onCancel} autoFocus>
          {one ? 'Keep family' : 'Keep them'}
        </button>
        <button
          type="button"
          className="button-danger"
          disabled={deleting}
          onClick={() => {
            setDeleting(true);
            const request = one ? call('families.delete', { id: one.id }).then(() => 1) : call('families.deleteMany', { ids: families.map((family) => family.id) }).then((result) => result.deleted);
            request
              .then((deleted) => onDeleted(one ? `Deleted ${one.name} and everything about their family.` : `Deleted ${deleted} families and everything about them.`))
              .catch((failure: unknown) => {
                setError(failure instanceof ApiFailure ? failure.message : 'Village could not delete this family.');
                setDeleting(false);
              });
          }}
        >
          Delete for good
        </button>
      </div>
    </Modal>
  );
}
