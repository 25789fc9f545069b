import { useState } from 'react';
import '../styles/sessions.css';
import { localToday } from '../../../shared/domain/calendar-date';
import type { SessionDetail } from '../../../shared/domain/sessions/session';
import { zoneLabel } from '../../../shared/domain/sessions/zone-names';
import { useApi } from '../api/useApi';
import { StatusMessages } from '../components/StatusMessages';
import { CalendarSettingsDialog } from './CalendarSettingsDialog';
import { downloadIcs } from './download-ics';
import { FirstZoneDialog } from './FirstZoneDialog';
import { SessionFormDialog } from './SessionFormDialog';
import { SessionPanel } from './SessionPanel';
import { SessionsAgenda } from './SessionsAgenda';
import { SessionsMonth } from './SessionsMonth';
import { useNotice } from '../components/useNotice';
import { failureMessage } from '../api/failure-message';
import { PageHeader } from '../components/PageHeader';

type View = 'agenda' | 'month';
/** The session to edit (null: a new one), and for a new one the zone just chosen. */
type Editing = { session: SessionDetail | null; timeZone?: string } | null;

export function SessionsPage() {
  const today = localToday();
  const [view, setView] = useState<View>('agenda');
  const sessions = useApi('sessions.list', {}, 'Village could not load the sessions.');
  const parks = useApi('parks.list', { includeArchived: true }, 'Village could not load the parks.');
  const settings = useApi('settings.get', {}, 'Village could not load the settings.');
  const [editing, setEditing] = useState<Editing>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [askingZone, setAskingZone] = useState(false);
  const [notice, setNotice] = useNotice('');
  const [error, setError] = useState<string | null>(null);

  const all = sessions.data ?? [];
  const upcoming = all.filter((session) => session.date >= today);
  const loadError = sessions.error ?? parks.error ?? settings.error;
  const zones = new Set((view === 'agenda' ? upcoming : all).map((session) => session.timeZone));
  // The list shows each session's own zone: one zone for all of them in the header, otherwise on each.
  const sharedZone = zones.size === 1 ? [...zones][0]! : null;

  // Village asks for her zone once, before the first session is planned (issue 16).
  const plan = () => (settings.data?.timeZoneConfirmed ? setEditing({ session: null }) : setAskingZone(true));

  async function exportAll() {
    try {
      setNotice(
        `Saved ${await downloadIcs({ kind: 'all' })}: import it into your calendar to see every upcoming session.`,
      );
      setError(null);
    } catch (failure) {
      setError(failureMessage(failure, 'Village could not export the sessions.'));
    }
  }

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader
        title="Sessions"
        subtitle={
          <>
            {sessions.loading ? 'Loading…' : `${upcoming.length} upcoming`}
            {timesNote(sharedZone, zones.size, settings.data?.timeZoneConfirmed ? settings.data.timeZone : null)}
          </>
        }
      >
        <button type="button" className="button-quiet" onClick={() => setSettingsOpen(true)} disabled={!settings.data}>
          Calendar settings
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void exportAll()}
          disabled={upcoming.length === 0}
        >
          Export upcoming (.ics)
        </button>
        <button type="button" className="button-primary" onClick={plan} disabled={!settings.data}>
          Plan a session
        </button>
      </PageHeader>

      <div className="view-switch" role="group" aria-label="View">
        {(['agenda', 'month'] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={view === value}
            className={view === value ? 'selected' : ''}
            onClick={() => setView(value)}
          >
            {value === 'agenda' ? 'Upcoming' : 'Month'}
          </button>
        ))}
      </div>

      <StatusMessages notice={notice} error={error ?? loadError} />

      {view === 'agenda' && !sessions.loading && upcoming.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No meetups planned yet</p>
          <p>Plan a session at a park: one morning, or every week with the holidays skipped.</p>
          <button type="button" className="button-primary" onClick={plan} disabled={!settings.data}>
            Plan the first session
          </button>
        </div>
      )}
      {view === 'agenda' && upcoming.length > 0 && (
        <SessionsAgenda
          sessions={upcoming}
          showZones={sharedZone === null}
          onOpen={(session) => setOpenId(session.id)}
        />
      )}
      {view === 'month' && (
        <SessionsMonth
          sessions={all}
          showZones={sharedZone === null}
          today={today}
          onOpen={(session) => setOpenId(session.id)}
        />
      )}

      {openId !== null && editing === null && (
        <SessionPanel
          key={openId}
          sessionId={openId}
          onClose={() => setOpenId(null)}
          onEdit={(session) => setEditing({ session })}
          onChanged={sessions.reload}
        />
      )}
      {editing && settings.data && (
        <SessionFormDialog
          session={editing.session}
          parks={parks.data ?? []}
          today={today}
          timeZone={editing.timeZone ?? settings.data.timeZone}
          onClose={() => setEditing(null)}
          onSaved={(message, id) => {
            setEditing(null);
            setNotice(message);
            setOpenId(id);
            sessions.reload();
          }}
        />
      )}
      {settingsOpen && settings.data && (
        <CalendarSettingsDialog
          settings={settings.data}
          upcoming={upcoming}
          onClose={() => setSettingsOpen(false)}
          onSaved={(message) => {
            setSettingsOpen(false);
            setNotice(message);
            settings.reload();
            sessions.reload();
          }}
        />
      )}
      {askingZone && settings.data && (
        <FirstZoneDialog
          suggested={settings.data.timeZone}
          onClose={() => setAskingZone(false)}
          onChosen={(timeZone) => {
            setAskingZone(false);
            settings.reload();
            setEditing({ session: null, timeZone });
          }}
        />
      )}
    </section>
  );
}

/** "times in Pacific Time — Los Angeles": the zone of the sessions listed, never one they are not in. */
/** The zone times are in; the zone new sessions get only once she has chosen it (the computer's may not be hers). */
function timesNote(sharedZone: string | null, zoneCount: number, settingZone: string | null): string {
  if (sharedZone !== null) return ` · times in ${zoneLabel(sharedZone)}`;
  if (zoneCount > 1) return ' · times in each session’s own zone';
  return settingZone ? ` · new sessions in ${zoneLabel(settingZone)}` : '';
}
