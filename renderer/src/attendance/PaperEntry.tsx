import { useState } from 'react';
import type { CheckInFamily, SessionAttendance } from '../../../shared/api/methods/attendance';
import { call } from '../api/client';
import { parentNames } from '../../../shared/domain/families/family';
import { RSVP_LABELS, formatSessionDate, plural } from './session-labels';
import { attempt, useApiRead } from './useAttendance';
import { kidLabel } from '../../../shared/domain/kid-label';
import { toggled } from '../components/toggled-set';

/** Enter who came from the paper sheet: tick families in one list, save once. */
export function PaperEntry({
  view,
  onSaved,
  onBack,
}: {
  view: SessionAttendance;
  onSaved: (message: string) => void;
  onBack: () => void;
}) {
  const sessionId = view.session.id;
  const [ticked, setTicked] = useState<Set<number>>(
    () => new Set(view.families.filter((family) => family.checkedIn).map((family) => family.familyId)),
  );
  const [extra, setExtra] = useState<CheckInFamily[]>([]);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const found = useApiRead('attendance.search', search.trim() === '' ? null : { sessionId, search }, 120);
  const listed = [
    ...view.families,
    ...extra.filter((family) => !view.families.some((known) => known.familyId === family.familyId)),
  ];

  const toggle = (familyId: number) => setTicked((current) => toggled(current, familyId));

  async function save() {
    const result = await attempt(() => call('attendance.savePaper', { sessionId, familyIds: [...ticked] }));
    if (!result.ok) {
      setError(result.message);
      return;
    }
    onSaved(
      `Saved the sheet: ${plural(result.value.added, 'family', 'families')} added, ${result.value.removed} removed.`,
    );
  }

  return (
    <section className="page" aria-labelledby="paper-title">
      <header className="page-header">
        <div>
          <h1 id="paper-title">Enter attendance from the paper sheet</h1>
          <p className="page-subtitle">
            {view.session.title} · {formatSessionDate(view.session.date)} · {ticked.size} ticked
          </p>
        </div>
        <div className="page-actions">
          <button type="button" className="button-secondary" onClick={onBack}>
            Cancel
          </button>
          <button type="button" className="button-primary" onClick={() => void save()}>
            Save attendance
          </button>
        </div>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="paper-list">
        <legend>Who came</legend>
        {listed.length === 0 && (
          <p className="muted">No one RSVP’d to this session. Find families below to add them.</p>
        )}
        {listed.map((family) => (
          <label key={family.familyId} className="paper-row">
            <input type="checkbox" checked={ticked.has(family.familyId)} onChange={() => toggle(family.familyId)} />
            <span className="paper-name">{parentNames(family)}</span>
            <span className="muted">{family.kids.map((kid) => kidLabel(kid.name)).join(', ')}</span>
            {family.rsvp && <span className={`badge badge-${family.rsvp}`}>{RSVP_LABELS[family.rsvp]}</span>}
          </label>
        ))}
      </fieldset>
      <div className="paper-add">
        <input
          type="search"
          className="search"
          aria-label="Find another family to add"
          placeholder="Find another family"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {search.trim() !== '' && (
          <ul className="paper-found">
            {(found.data ?? [])
              .filter((family) => !listed.some((known) => known.familyId === family.familyId))
              .slice(0, 8)
              .map((family) => (
                <li key={family.familyId}>
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => {
                      setExtra((current) => [...current, family]);
                      setTicked((current) => new Set(current).add(family.familyId));
                      setSearch('');
                    }}
                  >
                    + {parentNames(family)}
                  </button>
                </li>
              ))}
          </ul>
        )}
      </div>
    </section>
  );
}
