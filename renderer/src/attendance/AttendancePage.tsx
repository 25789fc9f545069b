import { useEffect, useState } from 'react';
import type { CheckInFamily, SessionAttendance } from '../../../shared/api/methods/attendance';
import { localToday } from '../../../shared/domain/calendar-date';
import { sessionPhase } from '../../../shared/domain/attendance/session-phase';
import { missedListKind, type MissedListKind } from '../../../shared/domain/attendance/missed-list';
import { useNow } from '../components/useNow';
import { AttendanceDashboardView } from './AttendanceDashboardView';
import { CheckInView } from './CheckInView';
import { FamilyHistoryDialog } from './FamilyHistoryDialog';
import { Headcount } from './Headcount';
import { ImportAttendeesDialog } from './ImportAttendeesDialog';
import { PaperEntry } from './PaperEntry';
import { RosterSheet } from './RosterSheet';
import { parentNames } from '../../../shared/domain/families/family';
import { RSVP_LABELS, sessionLabel } from './session-labels';
import { useApiRead } from './useAttendance';
import './attendance.css';
import { kidLabel } from '../../../shared/domain/kid-label';
import { useNotice } from '../components/useNotice';
import { PageHeader } from '../components/PageHeader';

type Mode = 'overview' | 'check-in' | 'sheet' | 'paper';

/** The families who said going or maybe and are not checked in: only "didn't come" once it is over. */
const MISSED_LIST: Record<MissedListKind, { title: string; empty: string }> = {
  upcoming: { title: 'Going or maybe', empty: 'Nobody has said yes yet.' },
  'under-way': { title: 'Said yes, not here yet', empty: 'Everyone who said yes is here.' },
  over: { title: 'RSVP’d but didn’t come', empty: 'Everyone who said yes came.' },
  // Nobody "didn't come" to a session that was called off.
  cancelled: { title: 'Had said yes (cancelled)', empty: 'Nobody had said yes.' },
  // Moved for the weather: the change may have reached them too late, so not "didn't come" (missed-list.ts).
  'moved-over': { title: 'Said yes before the rain-out move, not here', empty: 'Everyone who said yes came.' },
};

/** Today's session if there is one, else the most recent past one, else the next one. */
function defaultSession(sessions: { id: number; date: string }[], today: string): number | null {
  const past = sessions.filter((session) => session.date <= today);
  return (past[0] ?? sessions.at(-1))?.id ?? null;
}

export function AttendancePage() {
  const sessions = useApiRead('attendance.sessions', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const [mode, setMode] = useState<Mode>('overview');
  const [notice, setNotice] = useNotice('');
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState<CheckInFamily | null>(null);
  const now = useNow();
  // Bumped when attendance changes here, so the dashboard reads its figures again.
  const [changes, setChanges] = useState(0);
  const changed = (message: string) => {
    setNotice(message);
    setChanges((count) => count + 1);
  };
  const sessionId = chosen ?? (sessions.data ? defaultSession(sessions.data, localToday()) : null);
  const view = useApiRead('attendance.session', sessionId === null ? null : { sessionId });
  const { reload: reloadSessions } = sessions;
  const { reload: reloadView } = view;

  useEffect(() => {
    if (mode === 'overview') {
      reloadSessions();
      reloadView();
    }
  }, [mode, reloadSessions, reloadView]);

  const current: SessionAttendance | null = view.data && view.data.session.id === sessionId ? view.data : null;

  if (current && mode === 'check-in')
    return <CheckInView view={current} onChange={view.set} onExit={() => setMode('overview')} />;
  if (current && mode === 'sheet') return <RosterSheet view={current} onBack={() => setMode('overview')} />;
  if (current && mode === 'paper') {
    return (
      <PaperEntry
        view={current}
        onBack={() => setMode('overview')}
        onSaved={(message) => {
          changed(message);
          setMode('overview');
        }}
      />
    );
  }

  const came = current?.families.filter((family) => family.checkedIn) ?? [];
  const missed =
    current?.families.filter((family) => !family.checkedIn && (family.rsvp === 'going' || family.rsvp === 'maybe')) ??
    [];
  const missedList = !current
    ? MISSED_LIST.over
    : MISSED_LIST[missedListKind(current.session, sessionPhase(current.session, now))];
  const held = (sessions.data ?? []).some((session) => session.status === 'scheduled' && session.startsAt <= now);

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title="Attendance" subtitle="Who came, who is new, and who to reach out to." />
      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {(sessions.error ?? view.error) && (
        <p className="form-error" role="alert">
          {sessions.error ?? view.error}
        </p>
      )}

      {sessions.data && sessions.data.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No sessions yet</p>
          <p>Plan a session on the Sessions page; then check families in here, at the park.</p>
        </div>
      )}

      {sessions.data && sessions.data.length > 0 && (
        <div className="card session-bar">
          <label htmlFor="attendance-session">Session</label>
          <select
            id="attendance-session"
            value={sessionId ?? ''}
            onChange={(event) => {
              // Another session: what was said about the last one no longer applies.
              setNotice('');
              setChosen(Number(event.target.value));
            }}
          >
            {sessions.data.map((session) => (
              <option key={session.id} value={session.id}>
                {sessionLabel(session)}
                {session.status === 'cancelled'
                  ? ' (cancelled)'
                  : session.rainedOut
                    ? ' (moved for the rain)'
                    : ''} — {session.checkedIn} came
              </option>
            ))}
          </select>
          <div className="session-actions">
            <button type="button" className="button-primary" disabled={!current} onClick={() => setMode('check-in')}>
              Start check-in
            </button>
            <button type="button" className="button-secondary" disabled={!current} onClick={() => setMode('sheet')}>
              Sign-in sheet
            </button>
            <button type="button" className="button-secondary" disabled={!current} onClick={() => setMode('paper')}>
              Enter from paper
            </button>
            <button type="button" className="button-secondary" disabled={!current} onClick={() => setImporting(true)}>
              Import attendee list
            </button>
          </div>
        </div>
      )}

      {current && (
        <div className="session-summary">
          <Headcount headcount={current.headcount} label="Who came" />
          <div className="session-columns">
            <SessionFamilies
              id="came-title"
              title={`Came (${came.length})`}
              families={came}
              empty="Nobody checked in yet."
              detail={(family) =>
                family.kids
                  .filter((kid) => kid.checkedIn)
                  .map((kid) => `${kidLabel(kid.name)} (${kid.age})`)
                  .join(', ')
              }
              onHistory={setHistory}
            />
            <SessionFamilies
              id="missed-title"
              title={`${missedList.title} (${missed.length})`}
              families={missed}
              empty={missedList.empty}
              detail={(family) => family.email}
              onHistory={setHistory}
            />
          </div>
        </div>
      )}

      <AttendanceDashboardView key={changes} sessionsHeld={held} />

      {importing && sessionId !== null && (
        <ImportAttendeesDialog
          sessionId={sessionId}
          onClose={() => setImporting(false)}
          onDone={(message) => {
            setImporting(false);
            changed(message);
            reloadView();
            reloadSessions();
          }}
        />
      )}
      {history && (
        <FamilyHistoryDialog familyId={history.familyId} name={history.parentName} onClose={() => setHistory(null)} />
      )}
    </section>
  );
}

interface SessionFamiliesProps {
  id: string;
  title: string;
  families: CheckInFamily[];
  empty: string;
  detail: (family: CheckInFamily) => string;
  onHistory: (family: CheckInFamily) => void;
}

function SessionFamilies({ id, title, families, empty, detail, onHistory }: SessionFamiliesProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-heading">
        {title}
      </h2>
      {families.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="came-list card-list">
          {families.map((family) => (
            <li key={family.familyId}>
              <span>
                {parentNames(family)}
                {family.walkIn && <span className="badge badge-new">First time</span>}
                {!family.checkedIn && family.rsvp && (
                  <span className={`badge badge-${family.rsvp}`}>{RSVP_LABELS[family.rsvp]}</span>
                )}
              </span>
              <span className="muted">{detail(family)}</span>
              <button
                type="button"
                className="button-quiet"
                aria-label={`History of ${family.parentName}`}
                onClick={() => onHistory(family)}
              >
                History
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
