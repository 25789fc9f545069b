import { useState } from 'react';
import type { FollowUpFamily } from '../../../shared/api/methods/attendance';
import { MONTH_NAMES } from '../../../shared/domain/calendar-date';
import { BarChart } from './BarChart';
import { formatSessionDate, plural } from './session-labels';
import { useNotice } from '../components/useNotice';
import { useApiRead } from './useAttendance';
import { WeMissYouDialog } from '../reach/WeMissYouDialog';
import { ChoiceSelect } from '../components/ChoiceSelect';

const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** Attendance over time, newcomers, who came back, kids by age, the regulars, and who to reach out to. */
export function AttendanceDashboardView({ sessionsHeld }: { sessionsHeld: boolean }) {
  const [weeks, setWeeks] = useState(6);
  const { data, error } = useApiRead('attendance.dashboard', { weeks });
  const [copied, setCopied] = useNotice('');
  const [missingThem, setMissingThem] = useState(false);

  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!data) return <p className="muted">Loading…</p>;

  // A chart with nothing to draw says why in a sentence instead of showing an empty frame.
  const nothingYet = sessionsHeld ? 'Nobody has been checked in at a session yet.' : 'No sessions have happened yet.';
  const emails = data.notSeen.map((family) => family.email).filter(Boolean);
  async function copyEmails() {
    try {
      await navigator.clipboard.writeText(emails.join(', '));
      setCopied(`Copied ${plural(emails.length, 'email', 'emails')}.`);
    } catch {
      setCopied('Village could not reach the clipboard; select the emails below and copy them.');
    }
  }

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title" className="section-heading">
        Over time
      </h2>
      <div className="dashboard-grid">
        <BarChart
          title="Families per session"
          unit="families"
          empty={nothingYet}
          bars={data.perSession.map((row) => ({
            label: `${formatSessionDate(row.date)} · ${row.title}`,
            short: row.date.slice(5).replace('-', '/'),
            value: row.families,
          }))}
        />
        <BarChart
          title="Newcomers per month"
          unit="families"
          empty={nothingYet}
          bars={data.newcomersPerMonth.map((row) => ({
            label: monthLabel(row.month),
            short: monthLabel(row.month).slice(0, 3),
            value: row.count,
          }))}
        />
        <BarChart
          title="Kids by age (last 12 weeks)"
          unit="kids"
          empty={data.perSession.length === 0 ? nothingYet : 'No kids were checked in during the last 12 weeks.'}
          bars={data.kidsByBand.map((band) => ({ label: band.label, value: band.count }))}
        />
        <div className="stat-card">
          {data.firstTimers.firstTimers === 0 ? (
            <>
              <p className="stat-title">First-timers who came back</p>
              <p className="chart-empty">{data.perSession.length === 0 ? nothingYet : 'No first-timers yet.'}</p>
            </>
          ) : (
            <>
              <p className="stat-figure">
                {data.firstTimers.returned} <span className="muted">of {data.firstTimers.firstTimers}</span>
              </p>
              <p>families who came once came back again.</p>
            </>
          )}
        </div>
      </div>

      <div className="dashboard-lists">
        <section aria-labelledby="regulars-title">
          <h3 id="regulars-title">The regulars</h3>
          <p className="muted">3 or more visits in the last 12 weeks.</p>
          <FamilyList families={data.regulars} empty="No regulars yet." />
        </section>
        <section aria-labelledby="not-seen-title">
          <div className="list-header">
            <h3 id="not-seen-title">Not seen in</h3>
            <ChoiceSelect
              aria-label="Weeks not seen"
              value={weeks}
              choices={[3, 4, 6, 8, 12, 26]}
              choiceValue={(option) => option}
              choiceLabel={(option) => `${option} weeks`}
              onValue={(option) => setWeeks(Number(option))}
            />
            <button
              type="button"
              className="button-secondary"
              disabled={emails.length === 0}
              onClick={() => void copyEmails()}
            >
              Copy emails
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={data.notSeen.length === 0}
              onClick={() => setMissingThem(true)}
            >
              We miss you…
            </button>
          </div>
          {missingThem && <WeMissYouDialog families={data.notSeen} onClose={() => setMissingThem(false)} />}
          <p className="notice" role="status" aria-live="polite">
            {copied}
          </p>
          <FamilyList families={data.notSeen} empty="Everyone who came has been back recently." />
        </section>
      </div>
    </section>
  );
}

function FamilyList({ families, empty }: { families: FollowUpFamily[]; empty: string }) {
  if (families.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Family</th>
          <th scope="col">Visits</th>
          <th scope="col">Last visit</th>
          <th scope="col">Email</th>
        </tr>
      </thead>
      <tbody>
        {families.map((family) => (
          <tr key={family.familyId}>
            <td>{family.parentName}</td>
            <td>{family.visits}</td>
            <td>{formatSessionDate(family.lastVisit)}</td>
            <td>{family.email}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
