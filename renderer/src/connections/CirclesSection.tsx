import { useEffect, useRef } from 'react';
import { useApi } from '../api/useApi';
import { StatusMessages } from '../components/StatusMessages';
import { MoveFamily } from './MoveFamily';
import { ProposedCircleCard } from './ProposedCircleCard';
import { CircleCard } from './CircleCard';
import { ProposeCirclesForm } from './ProposeCirclesForm';
import { useCircles } from './useCircles';

/** Proposes circles of families, saves them, and keeps the saved ones tidy. */
export function CirclesSection() {
  const circles = useCircles();
  const editing = circles.proposal;
  const proposal = editing.proposal;
  // A proposed circle is named by its place in the proposal (its key); locked ones take no one.
  const targets = (proposal?.circles ?? [])
    .filter((circle) => !circle.locked)
    .map((circle) => ({ id: circle.key, name: circle.name }));
  const neighbors = useApi('connections.neighbors', {}, 'Village could not load the neighboring neighborhoods.');
  const neighborsKey = JSON.stringify(neighbors.data);
  const shownNeighbors = useRef(neighborsKey);
  // Neighbors marked below change a proposal's reasons: explain it again when they change.
  useEffect(() => {
    if (shownNeighbors.current === neighborsKey) return;
    shownNeighbors.current = neighborsKey;
    void editing.refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of neighbors explains again
  }, [neighborsKey]);
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
      {proposal && proposal.circles.length > 0 && (
        <div className="proposal">
          <h3>Proposed</h3>
          <p className="muted small">
            Move families between circles, take one out, rename or lock a circle, then save. Locked circles stay as they
            are when you propose again.
          </p>
          <ol className="card-list">
            {proposal.circles.map((circle) => (
              <ProposedCircleCard
                key={circle.key}
                circle={circle}
                others={targets.filter((target) => target.id !== circle.key)}
                onMove={editing.move}
                onTakeOut={editing.takeOut}
                onRename={(name) => editing.rename(circle.key, name)}
                onLock={(locked) => editing.setLocked(circle.key, locked)}
              />
            ))}
          </ol>
          {proposal.leftOut.length > 0 && (
            <div className="left-out">
              <h4>Not in a circle</h4>
              <ul className="circle-families" aria-label="Families taken out of the proposed circles">
                {proposal.leftOut.map((family) => (
                  <li key={family.familyId}>
                    <span>{family.parentName}</span>
                    <MoveFamily
                      parentName={family.parentName}
                      others={targets}
                      onMove={(target) => editing.move(family.familyId, target.id)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          )}
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
