import { useState } from 'react';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../../shared/domain/calendar-date';
import type { SessionIdea } from '../../../shared/api/methods/connections';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { SessionFormDialog } from '../sessions/SessionFormDialog';

interface PlanSessionForFamiliesProps {
  familyIds: number[];
  /** Who will be invited, named in the form ("Ana Lopez and Mei Chen"). */
  names: string[];
  kind: 'circle' | 'unconnected';
  /** The button's words and what a screen reader hears ("Plan a session for Circle 1"). */
  label: string;
  accessibleLabel: string;
  /** Invites the families to the new session; returns how many were invited. */
  invite: (sessionId: number) => Promise<{ invited: number; alreadyListed: number }>;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

/** "Ana, Mei and Bo"; long lists end with how many more. */
function listed(names: string[]): string {
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** A week from today: time for the invitations to reach the families. */
function aWeekFromToday(): string {
  return formatIsoDate(addDays(parseIsoDate(localToday())!, 7));
}

/**
 * Opens the session form already filled in for these families (a title saying who it is for, a park
 * they share, a week from today); once the session is saved they are invited to it.
 */
export function PlanSessionForFamilies({
  familyIds,
  names,
  kind,
  label,
  accessibleLabel,
  invite,
  onDone,
  onError,
}: PlanSessionForFamiliesProps) {
  const [idea, setIdea] = useState<SessionIdea | null>(null);
  const parks = useApi('parks.list', idea ? { includeArchived: false } : null, 'Village could not load the parks.');
  const settings = useApi('settings.get', idea ? {} : null, 'Village could not load the settings.');

  async function open() {
    try {
      setIdea(await call('connections.sessionIdea', { familyIds, kind }));
    } catch (error) {
      onError(failureMessage(error, 'Village could not start a session for these families.'));
    }
  }

  async function saved(message: string, sessionId: number) {
    setIdea(null);
    try {
      const result = await invite(sessionId);
      await Promise.all([invalidateMethod('sessions.list'), invalidateMethod('rsvps.list')]);
      const families = `${result.invited} ${result.invited === 1 ? 'family' : 'families'}`;
      onDone(`${message} Invited ${families}; send the invitations from Sessions.`);
    } catch (error) {
      onError(`${message} ${failureMessage(error, 'Village could not invite the families to it.')}`);
    }
  }

  return (
    <>
      <button type="button" className="button-secondary" aria-label={accessibleLabel} onClick={() => void open()}>
        {label}
      </button>
      {idea && (parks.error ?? settings.error) && (
        <p className="field-error" role="alert">
          {parks.error ?? settings.error}
        </p>
      )}
      {idea && parks.data && settings.data && (
        <SessionFormDialog
          session={null}
          start={{ title: idea.title, parkId: idea.parkId === null ? '' : String(idea.parkId), date: aWeekFromToday() }}
          intro={`${listed(names)} will be invited once you plan it.`}
          parks={parks.data}
          today={localToday()}
          timeZone={settings.data.timeZone}
          onClose={() => setIdea(null)}
          onSaved={(message, sessionId) => void saved(message, sessionId)}
        />
      )}
    </>
  );
}
