import { useState } from 'react';
import type { RainOutResult } from '../../../shared/api/methods/reach';
import type { SessionDetail } from '../../../shared/domain/sessions/session';
import { call } from '../api/client';
import { failureOf } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { FormActions, FormError } from '../components/FormActions';
import { Modal } from '../components/Modal';
import { rainOutSummary, type RainOutChoice } from './rain-out-labels';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { Checkbox } from '../components/Checkbox';
import { RadioChoices } from '../components/RadioChoices';

interface RainOutDialogProps {
  session: SessionDetail;
  /** Going, maybe and waitlisted families: who the notice goes to. */
  concerned: number;
  onClose: () => void;
  /** The rain-out is done; `notified` is whether the notice was asked for. */
  onDone: (result: RainOutResult, notified: boolean) => void;
}

const CHOICES: { value: RainOutChoice; label: string }[] = [
  { value: 'cancel', label: 'Cancel it' },
  { value: 'move-to-time', label: 'Move to another time that day' },
  { value: 'move-to-park', label: 'Move to another park' },
];

/** "Rain-out…": cancel or move the session in one step, and queue the notice for the families it concerns. */
export function RainOutDialog({ session, concerned, onClose, onDone }: RainOutDialogProps) {
  const parks = useApi('parks.list', {}, 'Village could not load the parks.');
  const [choice, setChoice] = useState<RainOutChoice>('cancel');
  const [startTime, setStartTime] = useState(session.startTime);
  const [parkId, setParkId] = useState('');
  const [notify, setNotify] = useState(concerned > 0);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ message: string; field?: string | undefined } | null>(null);
  const otherParks = (parks.data ?? []).filter((park) => park.id !== session.parkId);

  async function confirm() {
    setSaving(true);
    try {
      const action =
        choice === 'cancel'
          ? { kind: 'cancel' as const }
          : choice === 'move-to-time'
            ? { kind: 'move-to-time' as const, startTime }
            : { kind: 'move-to-park' as const, parkId: Number(parkId) };
      if (action.kind === 'move-to-park' && !parkId) {
        setFailure({ message: 'Choose the park it moves to.', field: 'parkId' });
        return;
      }
      const result = await call('sessions.rainout', { id: session.id, action, notify });
      for (const method of [
        'sessions.get',
        'sessions.list',
        'rsvps.list',
        'outbox.list',
        'attendance.sessions',
      ] as const)
        void invalidateMethod(method);
      onDone(result, notify);
    } catch (error) {
      setFailure(failureOf(error, 'Village could not rain out this session.'));
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (field: string) => (failure?.field === field ? failure.message : undefined);
  return (
    <Modal title="Rain-out" onClose={onClose} className="rain-out-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <p className="muted">
          {session.title}, {rainOutSummary(session)}
        </p>
        <FormError message={failure && !failure.field ? failure.message : null} />
        <fieldset className="rain-out-choices">
          <legend>What happens to it?</legend>
          <RadioChoices
            name="rain-out"
            choices={CHOICES}
            choiceValue={({ value }) => value}
            choiceLabel={({ label }) => label}
            value={choice}
            onChoose={(value) => {
              setChoice(value);
              setFailure(null);
            }}
          />
        </fieldset>
        {choice === 'move-to-time' && (
          <Field
            label="New start time"
            hint={`It keeps its length: ${session.startTime}–${session.endTime} now.`}
            error={fieldError('action.startTime') ?? fieldError('startTime')}
          >
            {(props) => (
              <input {...props} type="time" value={startTime} onChange={(event) => setStartTime(event.target.value)} />
            )}
          </Field>
        )}
        {choice === 'move-to-park' && (
          <Field
            label="Park it moves to"
            hint="For example the park's indoor or covered place."
            error={fieldError('action.parkId') ?? fieldError('parkId')}
          >
            {(props) => (
              <ChoiceSelect
                {...props}
                value={parkId}
                blank="Choose a park…"
                choices={otherParks}
                choiceValue={(park) => park.id}
                choiceLabel={(park) => park.name}
                onValue={setParkId}
              />
            )}
          </Field>
        )}
        <Checkbox
          className="checkbox rain-out-notify"
          checked={notify}
          disabled={concerned === 0}
          onChecked={setNotify}
        >
          {concerned === 0
            ? 'Nobody has said going, maybe or waitlisted, so there is nobody to tell.'
            : `Queue the ${choice === 'cancel' ? 'cancellation' : 'change'} for the ${concerned === 1 ? 'family' : `${concerned} families`} going, maybe or waitlisted (with the updated calendar entry)`}
        </Checkbox>
        <p className="field-hint">The session is marked rained out and left out of attendance figures.</p>
        <FormActions
          saving={saving}
          submitLabel={choice === 'cancel' ? 'Cancel for the weather' : 'Move for the weather'}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
