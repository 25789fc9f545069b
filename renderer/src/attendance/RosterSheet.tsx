import { useEffect } from 'react';
import type { CheckInFamily, CheckInKid, SessionAttendance } from '../../../shared/api/methods/attendance';
import { runningInBrowserMode } from '../api/client';
import { parentNames } from '../../../shared/domain/families/family';
import { RSVP_LABELS, formatSessionDate } from './session-labels';
import { kidLabel } from '../../../shared/domain/kid-label';
import { useNotice } from '../components/useNotice';

/** Blank lines at the end of the sheet, for walk-ins to write in. */
const BLANK_ROWS = 8;

/** A checked-in family shows the kids who came; one still expected shows all its kids, to tick at the park. */
function kidsOnSheet(family: CheckInFamily): CheckInKid[] {
  return family.checkedIn ? family.kids.filter((kid) => kid.checkedIn) : family.kids;
}

/**
 * The printable sign-in sheet: names, kids and their ages, a box to tick. The print stylesheet shows only
 * this sheet; Electron saves it as a PDF, browser mode opens the print dialog.
 */
export function RosterSheet({ view, onBack }: { view: SessionAttendance; onBack: () => void }) {
  const [message, setMessage] = useNotice('');
  const families = view.families.filter((family) => family.rsvp !== 'declined' || family.checkedIn);
  const { session } = view;

  useEffect(() => {
    document.body.classList.add('printing-sheet');
    return () => document.body.classList.remove('printing-sheet');
  }, []);

  async function print() {
    const bridge = window.village;
    if (runningInBrowserMode || !bridge?.printToPdf) {
      window.print();
      return;
    }
    const result = await bridge.printToPdf({ fileName: `Sign-in sheet ${session.date} ${session.title}` });
    if (result.saved) setMessage(`Saved ${result.fileName}.`);
    else if (result.reason === 'failed') setMessage(result.message);
  }

  return (
    <section className="page roster-page" aria-labelledby="roster-title">
      <div className="roster-toolbar no-print">
        <button type="button" className="button-secondary" onClick={onBack}>
          ← Back to attendance
        </button>
        <button type="button" className="button-primary" onClick={() => void print()}>
          {runningInBrowserMode ? 'Print…' : 'Save as PDF…'}
        </button>
        <p className="notice" role="status" aria-live="polite">
          {message}
        </p>
      </div>
      <article className="print-sheet">
        <header className="print-sheet-header">
          <h1 id="roster-title">Sign-in sheet · {session.title}</h1>
          <p>
            {formatSessionDate(session.date)} · {session.startTime}–{session.endTime}
            {session.parkName ? ` · ${session.parkName}` : ''}
          </p>
        </header>
        <table className="roster-table">
          <thead>
            <tr>
              <th scope="col" className="roster-tick">
                Here
              </th>
              <th scope="col">Family</th>
              <th scope="col">Kids (age that day)</th>
              <th scope="col" className="roster-contact">
                Email or phone (if new)
              </th>
              <th scope="col" className="roster-rsvp">
                RSVP
              </th>
            </tr>
          </thead>
          <tbody>
            {families.map((family) => (
              <tr key={family.familyId}>
                <td className="roster-tick">
                  <span className="tick-box" aria-label={family.checkedIn ? 'checked in' : 'not yet'}>
                    {family.checkedIn ? '✓' : ''}
                  </span>
                </td>
                <td>{parentNames(family)}</td>
                <td>
                  {kidsOnSheet(family)
                    .map((kid) => `${kidLabel(kid.name)} (${kid.age})`)
                    .join(', ')}
                </td>
                <td className="roster-contact" />
                <td className="roster-rsvp">
                  {family.rsvp ? RSVP_LABELS[family.rsvp] : family.walkIn ? 'Walk-in' : ''}
                </td>
              </tr>
            ))}
            {Array.from({ length: BLANK_ROWS }, (_, index) => (
              <tr key={`blank-${index}`} className="roster-blank" aria-hidden="true">
                <td className="roster-tick">
                  <span className="tick-box" />
                </td>
                <td />
                <td />
                <td className="roster-contact" />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <p className="print-sheet-footer">
          New here? Write your name, an email or phone, and your kids’ ages on a blank line. Welcome!
        </p>
      </article>
    </section>
  );
}
