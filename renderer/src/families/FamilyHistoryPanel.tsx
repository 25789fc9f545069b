import type { FamilyHistory } from '../../../shared/domain/families/family';
import { useApi } from '../api/useApi';

function day(date: string): string {
  const [year, month, dayOfMonth] = date.slice(0, 10).split('-').map(Number);
  return new Date(year!, month! - 1, dayOfMonth!).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

function origin(history: FamilyHistory): string {
  const added = day(history.addedAt);
  if (history.source === 'import')
    return history.importFileName ? `Imported from “${history.importFileName}” on ${added}.` : `Imported on ${added}.`;
  if (history.source === 'walk-in') return `Came as a walk-in; added on ${added}.`;
  return `Added by hand on ${added}.`;
}

/** Where the family came from and the sessions they came to. */
export function FamilyHistoryPanel({ familyId }: { familyId: number }) {
  const { data: history, error } = useApi(
    'families.history',
    { id: familyId },
    "Village could not load this family's visits.",
  );

  return (
    <section className="family-history" aria-labelledby="family-history-title">
      <h3 id="family-history-title" className="section-title">
        Visits
      </h3>
      {error !== null && <p className="muted">Village could not load this family's visits.</p>}
      {history && (
        <>
          <p className="muted">{origin(history)}</p>
          {history.visits.length === 0 ? (
            <p>No visits yet.</p>
          ) : (
            <ul className="visit-list">
              {history.visits.map((visit) => (
                <li key={visit.sessionId}>
                  <span className="visit-date">{day(visit.date)}</span> {visit.title}
                  {visit.walkIn && <span className="tag">walk-in</span>}
                  {visit.upcoming && <span className="tag">checked in early · still to come</span>}
                  {visit.kids.length > 0 && <span className="muted"> · with {visit.kids.join(', ')}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
