import { useState } from 'react';
import type { SavedCircle } from '../../../shared/api/methods/connections';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { call } from '../api/client';
import { CircleHeading, MemberName } from './CircleHeading';
import { CircleNameForm } from './CircleNameForm';
import { MoveFamily } from './MoveFamily';
import { PlanSessionForFamilies } from './PlanSessionForFamilies';
import { SessionSelect } from '../sessions/SessionSelect';
import { Checkbox } from '../components/Checkbox';

interface CircleCardProps {
  circle: SavedCircle;
  circles: SavedCircle[];
  onRename: (name: string) => void;
  onLock: (locked: boolean) => void;
  onMove: (familyId: number, parentName: string, target: SavedCircle) => void;
  onDelete: () => Promise<unknown>;
  onInvite: (sessionId: number) => void;
  /** After "Plan a session for them": what happened, or what went wrong. */
  onPlanned: (message: string) => void;
  onPlanFailed: (message: string) => void;
}

/** One saved circle: its families, its reasons in plain words, and what the organizer can do with it. */
export function CircleCard({
  circle,
  circles,
  onRename,
  onLock,
  onMove,
  onDelete,
  onInvite,
  onPlanned,
  onPlanFailed,
}: CircleCardProps) {
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const others = circles.filter((other) => other.id !== circle.id);
  return (
    <li className="card circle-card">
      <div className="card-main">
        <CircleHeading level={3} name={circle.name} locked={circle.locked} summary={circle.summary} />
        <ul className="circle-families">
          {circle.families.map((family) => (
            <li key={family.familyId}>
              <MemberName family={family} />
              {others.length > 0 && (
                <MoveFamily
                  parentName={family.parentName}
                  others={others}
                  onMove={(target) => onMove(family.familyId, family.parentName, target)}
                />
              )}
            </li>
          ))}
        </ul>
      </div>
      <div className="circle-actions">
        <CircleNameForm id={`circle-name-${circle.id}`} name={circle.name} onRename={onRename} />
        <Checkbox checked={circle.locked} onChecked={onLock}>
          Lock (keep as it is)
        </Checkbox>
        <SessionSelect label={`Invite ${circle.name} to a session`} value={sessionId} onChange={setSessionId} />
        <div className="card-actions">
          <button
            type="button"
            className="button-primary"
            disabled={sessionId === null}
            onClick={() => sessionId !== null && onInvite(sessionId)}
          >
            Invite to a session
          </button>
          {circle.families.length > 0 && (
            <PlanSessionForFamilies
              familyIds={circle.families.map((family) => family.familyId)}
              names={circle.families.map((family) => family.parentName)}
              kind="circle"
              label="Plan a session for them"
              accessibleLabel={`Plan a session for ${circle.name}`}
              invite={(sessionId) => call('connections.inviteCircle', { circleId: circle.id, sessionId })}
              onDone={onPlanned}
              onError={onPlanFailed}
            />
          )}
          <button
            type="button"
            className="button-quiet"
            onClick={() => setConfirmingDelete(true)}
            aria-label={`Delete ${circle.name}`}
          >
            Delete
          </button>
        </div>
      </div>
      {confirmingDelete && (
        <ConfirmDialog
          title={`Delete ${circle.name}?`}
          keepLabel="Keep it"
          confirmLabel="Delete the circle"
          danger
          failure="Village could not delete the circle."
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={async () => {
            await onDelete();
            setConfirmingDelete(false);
          }}
        >
          <p>
            Its {circle.families.length} families stay in Village and keep their visits; they are just no longer
            grouped.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
