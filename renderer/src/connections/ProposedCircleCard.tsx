import { CircleHeading, MemberName } from './CircleHeading';
import { CircleNameForm } from './CircleNameForm';
import { MoveFamily, type MoveTarget } from './MoveFamily';
import type { DraftCircle } from './useProposal';
import { Checkbox } from '../components/Checkbox';

interface ProposedCircleCardProps {
  circle: DraftCircle;
  /** The other proposed circles a family can move to (locked ones take no one). */
  others: MoveTarget[];
  onMove: (familyId: number, targetKey: number) => void;
  onTakeOut: (familyId: number) => void;
  onRename: (name: string) => void;
  onLock: (locked: boolean) => void;
}

/** One proposed circle, still to be saved: its families and reasons, shaped by the organizer first. */
export function ProposedCircleCard({ circle, others, onMove, onTakeOut, onRename, onLock }: ProposedCircleCardProps) {
  const { row } = circle;
  return (
    <li className="card circle-card">
      <div className="card-main">
        <CircleHeading level={4} name={circle.name} locked={circle.locked} summary={row.summary} />
        {row.families.length === 1 && (
          <p className="field-hint">A circle of one meets no one: move a family in, or take her out too.</p>
        )}
        <ul className="circle-families">
          {row.families.map((family) => (
            <li key={family.familyId}>
              <MemberName family={family} />
              {/* A locked circle stays as it is, so its families have nothing to change. */}
              {!circle.locked && (
                <span className="move-family">
                  {others.length > 0 && (
                    <MoveFamily
                      parentName={family.parentName}
                      others={others}
                      onMove={(target) => onMove(family.familyId, target.id)}
                    />
                  )}
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={`Take ${family.parentName} out of ${circle.name}`}
                    onClick={() => onTakeOut(family.familyId)}
                  >
                    Take out
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div className="circle-actions">
        <CircleNameForm id={`proposed-circle-name-${circle.key}`} name={circle.name} onRename={onRename} />
        <Checkbox checked={circle.locked} onChecked={onLock}>
          Lock (keep as it is)
        </Checkbox>
      </div>
    </li>
  );
}
