import { useState } from 'react';
import { call } from '../api/client';
import { FormActions, FormError } from '../components/FormActions';
import { Modal } from '../components/Modal';
import { TimeZonePicker } from './TimeZonePicker';
import { failureMessage } from '../api/failure-message';

interface FirstZoneDialogProps {
  /** The computer's zone, offered first. */
  suggested: string;
  onClose: () => void;
  onChosen: (zone: string) => void;
}

/** Asked once, before the first session is planned: sessions and invites are on this clock. */
export function FirstZoneDialog({ suggested, onClose, onChosen }: FirstZoneDialogProps) {
  const [zone, setZone] = useState(suggested);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  return (
    <Modal title="Where do your meetups happen?" onClose={onClose} className="zone-dialog">
      <form
        className="stacked-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaving(true);
          call('settings.set', { timeZone: zone })
            .then((saved) => onChosen(saved.timeZone))
            .catch((failure: unknown) => {
              setError(failureMessage(failure, 'Village could not save your time zone.'));
              setSaving(false);
            });
        }}
      >
        <FormError message={error} />
        <p>
          Sessions are planned on the clock of this time zone, and the calendar invites tell families' phones the same.
          This computer is set to the zone below.
        </p>
        <TimeZonePicker
          label="Your time zone"
          value={zone}
          onChange={setZone}
          hint="You can change it later in Calendar settings."
        />
        <FormActions saving={saving} submitLabel="Use this time zone" onCancel={onClose} />
      </form>
    </Modal>
  );
}
