import { useState } from 'react';
import type { Settings } from '../../../shared/api/contract';
import type { Session } from '../../../shared/domain/sessions/session';
import { movedTimes, type ZoneMoveKeep } from '../../../shared/domain/sessions/zone-move';
import { zoneCity, zoneLabel } from '../../../shared/domain/sessions/zone-names';
import { call } from '../api/client';
import { InputField } from '../components/Field';
import { FormActions, FormError } from '../components/FormActions';
import { Modal } from '../components/Modal';
import { TimeZonePicker } from './TimeZonePicker';
import { failureOf } from '../api/failure-message';
import { SubmitForm } from '../components/SubmitForm';
import { RadioChoices } from '../components/RadioChoices';

interface CalendarSettingsDialogProps {
  settings: Settings;
  /** Upcoming sessions, to ask what happens to those in the old zone when the zone changes. */
  upcoming: Session[];
  onClose: () => void;
  onSaved: (message: string) => void;
}

export function CalendarSettingsDialog({ settings, upcoming, onClose, onSaved }: CalendarSettingsDialogProps) {
  const [draft, setDraft] = useState({
    timeZone: settings.timeZone,
    organizerName: settings.organizerName,
    organizerEmail: settings.organizerEmail,
    reminder: settings.reminderMinutes === null ? '' : String(settings.reminderMinutes),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [keep, setKeep] = useState<ZoneMoveKeep | null>(null);
  const planned = upcoming.filter(
    (session) => session.timeZone === settings.timeZone && session.status === 'scheduled',
  );
  const asking = draft.timeZone !== settings.timeZone && planned.length > 0;

  async function save() {
    const reminder = draft.reminder.trim();
    if (reminder !== '' && !/^\d+$/.test(reminder)) {
      setErrors({ reminderMinutes: 'Write the reminder as a whole number of minutes, or leave it empty.' });
      return;
    }
    if (asking && keep === null) {
      setErrors({
        plannedSessions: `Choose what happens to your ${plannedCount(planned.length)} in ${zoneCity(settings.timeZone)}.`,
      });
      return;
    }
    setSaving(true);
    try {
      await call('settings.set', {
        timeZone: draft.timeZone,
        ...(asking && keep !== null ? { plannedSessions: keep } : {}),
        organizerName: draft.organizerName,
        organizerEmail: draft.organizerEmail,
        reminderMinutes: reminder === '' ? null : Number(reminder),
      });
      onSaved(
        asking && keep !== null
          ? `Saved your calendar settings and moved ${plannedCount(planned.length)} to ${zoneLabel(draft.timeZone)}.`
          : 'Saved your calendar settings.',
      );
    } catch (failure) {
      const { message, field } = failureOf(failure, 'Village could not save the settings.');
      setErrors({ [field ?? 'form']: message });
      setSaving(false);
    }
  }

  return (
    <Modal title="Calendar settings" onClose={onClose}>
      <SubmitForm className="stacked-form" onSubmit={save}>
        <FormError message={errors.form} />
        <TimeZonePicker
          label="Your time zone"
          value={draft.timeZone}
          error={errors.timeZone}
          hint="New sessions are planned on this clock; each session keeps the zone it was planned in."
          onChange={(timeZone) => setDraft({ ...draft, timeZone })}
        />
        {asking && (
          <ZoneMoveChoice
            planned={planned}
            from={settings.timeZone}
            to={draft.timeZone}
            keep={keep}
            error={errors.plannedSessions}
            onChange={setKeep}
          />
        )}
        <div className="form-grid">
          <InputField
            label="Your name"
            error={errors.organizerName}
            value={draft.organizerName}
            onValue={(organizerName) => setDraft({ ...draft, organizerName })}
          />
          <InputField
            label="Your email"
            error={errors.organizerEmail}
            hint="Invites come from you, so calendars show who to answer."
            type="email"
            value={draft.organizerEmail}
            onValue={(organizerEmail) => setDraft({ ...draft, organizerEmail })}
          />
        </div>
        <InputField
          label="Reminder (minutes before)"
          error={errors.reminderMinutes}
          hint="Empty: no reminder in the invite."
          value={draft.reminder}
          onValue={(reminder) => setDraft({ ...draft, reminder })}
        />
        <FormActions saving={saving} submitLabel={'Save settings'} onCancel={onClose} />
      </SubmitForm>
    </Modal>
  );
}

const plannedCount = (count: number) => (count === 1 ? 'planned session' : `${count} planned sessions`);

interface ZoneMoveChoiceProps {
  planned: Session[];
  from: string;
  to: string;
  keep: ZoneMoveKeep | null;
  error: string | undefined;
  onChange: (keep: ZoneMoveKeep) => void;
}

/** Asks whether planned sessions keep their clock times in the new zone or their moments, with an example. */
function ZoneMoveChoice({ planned, from, to, keep, error, onChange }: ZoneMoveChoiceProps) {
  const first = planned[0]!;
  const moment = movedTimes(first, from, to, 'instant');
  const [fromCity, toCity] = [zoneCity(from), zoneCity(to)];
  const options: [ZoneMoveKeep, string][] = [
    [
      'wall-clock',
      `Keep their clock times: ${first.startTime} stays ${first.startTime}, ${toCity} time (use this if they were planned in the wrong zone)`,
    ],
    [
      'instant',
      moment
        ? `Keep the same moments: ${first.startTime} ${fromCity} time becomes ${moment.startTime} ${toCity} time${moment.date !== first.date ? ' (on another day)' : ''}`
        : `Keep the same moments (not possible: ${first.title} would run past midnight in ${toCity})`,
    ],
  ];
  return (
    <fieldset
      className={`zone-move${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? 'zone-move-error' : undefined}
    >
      <legend>
        You have {plannedCount(planned.length)} in {zoneLabel(from)}. In {zoneLabel(to)}, they should:
      </legend>
      <RadioChoices
        name="zone-move"
        labelClassName="radio-line"
        choices={options}
        choiceValue={([value]) => value}
        choiceLabel={([, text]) => text}
        value={keep}
        onChoose={onChange}
      />
      {error && (
        <p className="field-error" id="zone-move-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
