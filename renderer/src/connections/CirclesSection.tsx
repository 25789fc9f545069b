import { StatusMessages } from '../components/StatusMessages';
import { CircleCard } from './CircleCard';
import { ProposeCirclesForm } from './ProposeCirclesForm';
import { useCircles } from './useCircles';

/** Proposes circles of families, saves them, and keeps the saved ones tidy. */
export function CirclesSection() {
  const circles = useCircles();
  const fieldless =
    circles.failure && !['size', 'maxAgeGapMonths', 'on'].includes(circles.failure.field ?? '')
      ? circles.failure.message
      : null;
  return (
    <section className="connections-section" aria-labelledby="circles-title">
      <h2 id="circles-title">Circles</h2>
      <p className="muted">Small groups of families with kids of close ages who would enjoy meeting again.</p>
      <ProposeCirclesForm failure={circles.failure} onPropose={(form) => void circles.propose(form)} />
      <StatusMessages notice={circles.notice} error={circles.loadError ?? fieldless} />
      {circles.proposed && circles.proposed.length > 0 && (
        <div className="proposal">
          <h3>Proposed</h3>
          <ol className="card-list">
            {circles.proposed.map((circle, index) => (
              <li key={circle.families.map((family) => family.familyId).join('-')} className="card">
                <div className="card-main">
                  <h4 className="card-title">Circle {index + 1}</h4>
                  <p>{circle.families.map((family) => family.parentName).join(', ')}</p>
                  <p className="muted small">{circle.summary}</p>
                </div>
              </li>
            ))}
          </ol>
          {circles.saved.some((circle) => !circle.locked) && (
            <p className="muted small">Saving replaces your unlocked saved circles; locked ones stay as they are.</p>
          )}
          <button type="button" className="button-primary" onClick={() => void circles.saveProposed()}>
            Save these circles
          </button>
        </div>
      )}
      {circles.saved.length > 0 && (
        <>
          <h3>Saved circles</h3>
          <ul className="card-list">
            {circles.saved.map((circle) => (
              <CircleCard
                key={`${circle.id}-${circle.name}`}
                circle={circle}
                circles={circles.saved}
                onRename={(name) => void circles.rename(circle, name)}
                onLock={(locked) => void circles.setLocked(circle, locked)}
                onMove={(familyId, parentName, target) => void circles.move(familyId, parentName, target)}
                onDelete={() => circles.remove(circle)}
                onInvite={(sessionId) => void circles.invite(circle, sessionId)}
                onPlanned={(message) => circles.report(message)}
                onPlanFailed={(message) => circles.report(message, true)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
