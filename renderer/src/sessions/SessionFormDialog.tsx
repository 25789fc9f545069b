import { useEffect, useRef, useState } from 'react';
import type { Park, SessionDetail } from '../../../shared/domain/sessions/session';
import { weekdayName } from '../../../shared/domain/sessions/month-grid';
import {
  draftFieldForApiField,
  draftFromSession,
  emptySessionDraft,
  seriesSummary,
  sessionInputFromDraft,
  type SessionDraft,
  type SessionFieldErrors,
} from '../../../shared/domain/sessions/session-entry';
import { zoneLabel } from '../../../shared/domain/sessions/zone-names';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { FormActions, FormError } from '../components/FormActions';
import { Modal } from '../components/Modal';
import { SkipDates } from './SkipDates';
import { TimeZonePicker } from './TimeZonePicker';
import { failureOf } from '../api/failure-message';
import { SelectField } from '../components/ChoiceSelect';
import { Checkbox } from '../components/Checkbox';
import { RadioChoices } from '../components/RadioChoices';

interface SessionFormDialogProps {
  /** The session to edit, or null to plan a new one. */
  session: SessionDetail | null;
  /** For a new session: what to start from instead of the blanks (e.g. a title and park for a circle). */
  start?: Partial<SessionDraft>;
  /** A sentence above the fields, e.g. who will be invited once it is saved. */
  intro?: string;
  parks: Park[];
  today: string;
  timeZone: string;
  onClose: () => void;
  onSaved: (message: string, sessionId: number) => void;
}

type Scope = 'occurrence' | 'series';
type TextField = Exclude<keyof SessionDraft, 'skipDates'>;

export function SessionFormDialog({
  session,
  start,
  intro,
  parks,
  today,
  timeZone,
  onClose,
  onSaved,
}: SessionFormDialogProps) {
  const [draft, setDraft] = useState<SessionDraft>(() =>
    session ? draftFromSession(session) : { ...emptySessionDraft(today, timeZone), ...start },
  );
  const [scope, setScope] = useState<Scope>('occurrence');
  const [errors, setErrors] = useState<SessionFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [changingZone, setChangingZone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = (field: TextField, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const input = (field: TextField, label: string, type = 'text', hint?: string) => (
    <Field label={label} error={errors[field]} {...(hint ? { hint } : {})}>
      {(props) => (
        <input {...props} type={type} value={draft[field]} onChange={(event) => set(field, event.target.value)} />
      )}
    </Field>
  );
  // A date field with its weekday beside it ("Thursday"), so a wrong day shows before saving.
  const dateInput = (field: 'date' | 'untilDate', label: string) =>
    input(field, label, 'date', weekdayName(draft[field]) || ' ');
  const editsSeries = session !== null && session.seriesId !== null && scope === 'series';
  const showsRepeat = session === null || editsSeries;
  const summary = showsRepeat ? seriesSummary(draft) : null;
  // Archived parks stay choosable for a session that already uses one.
  const choosable = parks.filter((park) => !park.archived || String(park.id) === draft.parkId);

  async function save() {
    const converted = sessionInputFromDraft(draft);
    if (!converted.ok) {
      setErrors(converted.errors);
      setFormError('Please check the highlighted fields.');
      return;
    }
    setSaving(true);
    try {
      const { repeat, ...fields } = converted.input;
      const saved = session
        ? await call('sessions.update', {
            id: session.id,
            scope,
            session: { ...fields, ...(editsSeries && repeat ? { repeat } : {}) },
          })
        : await call('sessions.create', { ...fields, repeat });
      const count = saved.series && !session ? `${saved.series.sessionIds.length} sessions` : null;
      onSaved(
        session ? `Saved ${saved.title}.` : count ? `Planned ${saved.title}: ${count}.` : `Planned ${saved.title}.`,
        saved.id,
      );
    } catch (failure) {
      const { message, field } = failureOf(failure, 'Village could not save this session.');
      if (field) {
        setErrors({ [draftFieldForApiField(field)]: message });
        setFormError('Please check the highlighted field.');
      } else {
        setFormError(message);
      }
      setSaving(false);
    }
  }

  return (
    <Modal title={session ? `Edit ${session.title}` : 'Plan a session'} onClose={onClose} className="session-dialog">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormError message={formError} />
        {intro && <p className="muted">{intro}</p>}
        {session && session.seriesId !== null && (
          <fieldset className="segmented" aria-label="Change">
            <RadioChoices
              name="scope"
              segmented
              choices={['occurrence', 'series'] as const}
              choiceValue={(value) => value}
              choiceLabel={(value) => (value === 'occurrence' ? 'Only this session' : 'The whole series')}
              value={scope}
              onChoose={setScope}
            />
          </fieldset>
        )}
        {input('title', 'Title')}
        <SelectField
          label="Park"
          error={errors.parkId}
          value={draft.parkId}
          blank="No park yet"
          choices={choosable}
          choiceValue={(park) => park.id}
          choiceLabel={(park) => park.name}
          onValue={(parkId) => set('parkId', parkId)}
        />
        <div className="form-grid form-grid-3">
          {dateInput('date', 'Date')}
          {input('startTime', 'Starts', 'time')}
          {input('endTime', 'Ends', 'time')}
        </div>
        <div className="zone-line">
          <p className="field-hint" id="session-zone-note">
            Times are on the clock in <strong>{zoneLabel(draft.timeZone)}</strong>; they stay the same when the clocks
            change.
          </p>
          {!changingZone && (
            <button
              type="button"
              className="button-quiet"
              aria-describedby="session-zone-note"
              onClick={() => setChangingZone(true)}
            >
              Change time zone
            </button>
          )}
        </div>
        {changingZone && (
          <TimeZonePicker
            label="Time zone of this session"
            value={draft.timeZone}
            error={errors.timeZone}
            onChange={(zone) => set('timeZone', zone)}
          />
        )}
        <div className="form-grid form-grid-3">
          {input('ageMin', 'Youngest (months)', 'text', 'Empty: no limit')}
          {input('ageMax', 'Oldest (months)', 'text', 'Empty: all ages')}
          {input('capacity', 'Families (max)', 'text', 'Empty: no limit')}
        </div>
        <Field label="Description" error={errors.description}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={draft.description}
              onChange={(event) => set('description', event.target.value)}
            />
          )}
        </Field>
        {showsRepeat && (
          <fieldset className="repeat">
            <legend>Repeat</legend>
            {session === null && (
              <Checkbox checked={draft.repeat === 'weekly'} onChecked={(on) => set('repeat', on ? 'weekly' : 'none')}>
                Repeat every week or every few weeks
              </Checkbox>
            )}
            {draft.repeat === 'weekly' && (
              <>
                <div className="form-grid form-grid-3">
                  {input('intervalWeeks', 'Every … weeks')}
                  <Field label="Ends">
                    {(props) => (
                      <select {...props} value={draft.end} onChange={(event) => set('end', event.target.value)}>
                        <option value="count">After N sessions</option>
                        <option value="until">On a date</option>
                      </select>
                    )}
                  </Field>
                  {draft.end === 'count'
                    ? input('count', 'Sessions held', 'text', 'Skipped dates don’t count.')
                    : dateInput('untilDate', 'Last date')}
                </div>
                <SkipDates
                  dates={draft.skipDates}
                  error={errors.skipDates}
                  onChange={(skipDates) => setDraft((current) => ({ ...current, skipDates }))}
                />
                {summary && (
                  <p className="series-summary" aria-live="polite">
                    {summary}
                  </p>
                )}
              </>
            )}
          </fieldset>
        )}
        <FormActions saving={saving} submitLabel={session ? 'Save changes' : 'Plan session'} onCancel={onClose} />
      </form>
    </Modal>
  );
}
