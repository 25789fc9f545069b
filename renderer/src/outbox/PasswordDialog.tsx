import { useState } from 'react';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { Modal } from '../components/Modal';
import type { PasswordRequest } from './useMailWork';
import { Checkbox } from '../components/Checkbox';

/** Asks for the mail password when the host does not hold it; says where it will (and will not) be kept. */
export function PasswordDialog({ request }: { request: PasswordRequest }) {
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <Modal title="Your mail password" onClose={request.cancel} className="confirm-dialog">
      <form
        className="stacked-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (password === '') return setError('Type the password to go on.');
          request.submit(password, remember);
        }}
      >
        <p>
          Village needs the password for <strong>{request.user}</strong>.{' '}
          {request.canRemember
            ? 'It is kept while Village is open, or in this computer’s keychain if you tick the box below.'
            : 'It is kept only while Village is open, and asked for again next time.'}{' '}
          It is never saved in Village’s data or its backups.
        </p>
        <Field
          label="Password"
          error={error}
          hint="Gmail, Outlook and iCloud want an app password here, not your usual one."
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              autoFocus
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        {request.canRemember && (
          <p className="outbox-option">
            <Checkbox checked={remember} onChecked={setRemember}>
              Remember it in this computer’s keychain
            </Checkbox>
          </p>
        )}
        <FormActions saving={false} submitLabel="Go on" onCancel={request.cancel} />
      </form>
    </Modal>
  );
}
