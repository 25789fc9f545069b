import { useMemo } from 'react';
import { localToday } from '../../../shared/domain/calendar-date';
import type { Session } from '../../../shared/domain/sessions/session';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { timesOf } from './session-labels';
import { ChoiceSelect } from '../components/ChoiceSelect';

const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Sat, Dec 6 · 10:00–11:30 · Toddler mornings · Maple Park" */
export function sessionLabel(session: Session): string {
  const day = DAY.format(new Date(`${session.date}T00:00:00Z`));
  return [day, timesOf(session), session.title, session.parkName].filter(Boolean).join(' · ');
}

interface SessionSelectProps {
  label: string;
  value: number | null;
  onChange: (sessionId: number | null) => void;
  /** Sessions from this day on (default today); earlier ones are not offered. */
  from?: string;
  emptyOption?: string;
  hint?: string;
}

/** Picks one scheduled session: for inviting families, or attaching an imported sheet's rows as RSVPs. */
export function SessionSelect({
  label,
  value,
  onChange,
  from,
  emptyOption = 'Choose a session',
  hint,
}: SessionSelectProps) {
  const params = useMemo(() => ({ from: from ?? localToday(), to: null, includeCancelled: false }), [from]);
  const { data, error } = useApi('sessions.list', params, 'Village could not load the sessions.');
  const sessions = data ?? [];
  return (
    <Field
      label={label}
      error={error ?? undefined}
      hint={data && sessions.length === 0 ? 'There are no upcoming sessions yet: plan one on the Sessions page.' : hint}
    >
      {(props) => (
        <ChoiceSelect
          {...props}
          value={value ?? ''}
          blank={emptyOption}
          choices={sessions}
          choiceValue={(session) => session.id}
          choiceLabel={sessionLabel}
          onValue={(chosen) => onChange(chosen === '' ? null : Number(chosen))}
        />
      )}
    </Field>
  );
}
