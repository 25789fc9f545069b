import { useState } from 'react';
import { call } from '../api/client';
import { Modal } from '../components/Modal';
import { SubmitForm } from '../components/SubmitForm';
import { FormActions, FormError } from '../components/FormActions';
import { SessionSelect } from '../sessions/SessionSelect';
import { failureMessage } from '../api/failure-message';

interface InviteDialogProps {
  ids: number[];
  onClose: () => void;
  onInvited: (message: string) => void;
}

/** Adds the selected families to an upcoming session's invite list. */
export function InviteDialog({ ids, onClose, onInvited }: InviteDialogProps) {
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const count = ids.length === 1 ? '1 family' : `${ids.length} families`;
  return (
    <Modal title={`Invite ${count} to a session`} onClose={onClose} className="confirm-dialog">
      <SubmitForm
        onSubmit={() => {
          if (sessionId === null) {
            setError('Please choose a session.');
            return;
          }
          call('rsvps.invite', { sessionId, familyIds: ids })
            .then(({ invited, alreadyListed }) =>
              onInvited(
                // Nothing is sent (issue 16: "Invited 47 families" read as if mail went out).
                `Added ${invited === 1 ? '1 family' : `${invited} families`} to the session's invite list` +
                  `${alreadyListed > 0 ? `; ${alreadyListed} already on it kept their answer` : ''}. ` +
                  `No email was sent: copy their emails from the session to write to them.`,
              ),
            )
            .catch((failure: unknown) => setError(failureMessage(failure, 'Village could not invite them.')));
        }}
      >
        <FormError message={error} />
        <SessionSelect
          label="Session"
          value={sessionId}
          onChange={setSessionId}
          hint="Families who already answered keep their answer."
        />
        <FormActions saving={false} submitLabel="Invite" onCancel={onClose} />
      </SubmitForm>
    </Modal>
  );
}
