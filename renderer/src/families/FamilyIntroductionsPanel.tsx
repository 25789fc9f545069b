import { localToday } from '../../../shared/domain/calendar-date';
import { useApi } from '../api/useApi';
import { formatSessionDate } from '../attendance/session-labels';

/**
 * The introductions this family was part of, whichever side she was on: the organizer sees on both
 * families whom she introduced them to and when, so she does not introduce them twice.
 */
export function FamilyIntroductionsPanel({ familyId }: { familyId: number }) {
  const { data, error } = useApi(
    'connections.introductions',
    { familyId },
    "Village could not load this family's introductions.",
  );
  if (error === null && (!data || data.length === 0)) return null;
  return (
    <section className="family-introductions" aria-labelledby="family-introductions-title">
      <h3 id="family-introductions-title" className="section-title">
        Introductions
      </h3>
      {error !== null && <p className="muted">{error}</p>}
      {data && (
        <ul className="visit-list">
          {data.map((introduction) => {
            const other = introduction.familyId === familyId ? introduction.otherParentName : introduction.parentName;
            // Stored as an instant; shown as the organizer's own day.
            const day = formatSessionDate(localToday(new Date(introduction.introducedAt)));
            return (
              <li key={introduction.id}>
                Introduced to <strong>{other}</strong> on {day}
                <span className="muted"> · “{introduction.text}”</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
