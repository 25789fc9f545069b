import { useState } from 'react';
import type { Settings } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { FormActions, FormError } from '../components/FormActions';
import { Modal } from '../components/Modal';

interface CalendarSettingsDialogProps {
  settings: Settings;
  onClose: () => void;
  onSaved: (message: string) => void;
}

const ZONES = Intl.supportedValuesOf('timeZone');

export function CalendarSettingsDialog({ settings, onClose, onSaved }: CalendarSettingsDialogProps) {
  const [draft, setDraft] = useState({
    timeZone: settings.timeZone,
    organizerName: settings.organizerName,
    organizerEmail: settings.organizerEmail,
    reminder: settings.reminderMinutes === null ? '' : String(settings.reminderMinutes),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const zones = ZONES.includes(draft.timeZone) ? ZONES : [draft.timeZone, ...ZONES];

  async function save() {
    const reminder = draft.reminder.trim();
    if (reminder !== '' && !/^\d+$/.test(reminder)) {
      setErrors({ reminderMinutes: 'Write the reminder as a whole number of minutes, or leave it empty.' });
      return;
    }
    setSaving(true);
    try {
      await call('settings.set', {
        timeZone: draft.timeZone,
        organizerName: draft.organizerName,
        organizerEmail: draft.organizerEmail,
        reminderMinutes: reminder === '' ? null : Number(reminder),
      });
      onSaved('Saved your calendar settings.');
    } catch (failure) {
      const error = failure instanceof ApiFailure ? failure.error : null;
      setErrors({ [error?.field ?? 'form']: error?.message ?? 'Village could not save the settings.' });
      setSaving(false);
    }
  }

  return (
    <Modal title="Calendar settings" onClose={onClose}>
      <form
        className="stacked-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormError message={errors.form} />
        <Field label="Time zone" error={errors.timeZone} hint="New sessions are planned on this clock.">
          {(props) => (
            <select {...props} value={draft.timeZone} onChange={(event) => setDraft({ ...draft, timeZone: event.target.value })}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replace(/_/g, ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-grid">
          <Field label="Your name" error={errors.organizerName}>
            {(props) => <input {...props} value={draft.organizerName} onChange={(event) => setDraft({ ...draft, organizerName: event.target.value })} />}
          </Field>
          <Field label="Your email" error={errors.organizerEmail} hint="Invites come from you, so calendars show who to answer.">
            {(props) => <input {...props} type="email" value={draft.organizerEmail} onChange={(event) => setDraft({ ...draft, organizerEmail: event.target.value })} />}
          </Field>
        </div>
        <Field label="Reminder (minutes before)" error={errors.reminderMinutes} hint="Empty: no reminder in the invite.">
          {(props) => <input {...props} value={draft.reminder} onChange={(event) => setDraft({ ...draft, reminder: event.target.value })} />}
        </Field>
        <FormActions saving={saving} submitLabel={'Save settings'} onCancel={onClose} />
      </form>
    </Modal>
  );
}
