import { FRIENDSHIP_PATH_SENTENCE } from '../../../shared/domain/connections/friendship-path';
import { useApi } from '../api/useApi';

/** The five families shown are enough to see who she is close to without turning the dialog into a report. */
const MOST_MET = 5;

/** Who this family has met most, and where that puts them on the path to friendship. */
export function FamilyTiesPanel({ familyId }: { familyId: number }) {
  const { data, error } = useApi(
    'connections.pairs',
    { familyId, limit: MOST_MET },
    'Village could not load who this family has met.',
  );
  return (
    <section className="family-ties" aria-labelledby="family-ties-title">
      <h3 id="family-ties-title" className="section-title">
        Met most
      </h3>
      {error !== null && <p className="muted">{error}</p>}
      {data && data.length === 0 && (
        <p>Not yet: time together shows here once they come to a session with other families.</p>
      )}
      {data && data.length > 0 && (
        <>
          <ul className="visit-list">
            {data.map((pair) => (
              <li key={pair.otherFamilyId}>
                <strong>{pair.otherParentName}</strong> — {pair.together}
                <span className="muted">
                  {' '}
                  · {pair.stage}: {pair.path}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted small">{FRIENDSHIP_PATH_SENTENCE}</p>
        </>
      )}
    </section>
  );
}
