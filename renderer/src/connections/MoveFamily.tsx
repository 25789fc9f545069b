import { useState } from 'react';
import { ChoiceSelect } from '../components/ChoiceSelect';

/** A circle she can be moved to: a saved one (its id) or a proposed one (its place in the proposal). */
export interface MoveTarget {
  id: number;
  name: string;
}

interface MoveFamilyProps<T extends MoveTarget> {
  parentName: string;
  others: T[];
  onMove: (target: T) => void;
}

/**
 * Where to move one family. The move waits for the button: with the keyboard, arrowing through a closed
 * select changes it at each step, and each step must not move her.
 */
export function MoveFamily<T extends MoveTarget>({ parentName, others, onMove }: MoveFamilyProps<T>) {
  const [targetId, setTargetId] = useState('');
  const target = others.find((other) => String(other.id) === targetId);
  return (
    <span className="move-family">
      <ChoiceSelect
        aria-label={`Move ${parentName} to another circle`}
        value={targetId}
        blank="Move to…"
        choices={others}
        choiceValue={(other) => other.id}
        choiceLabel={(other) => other.name}
        onValue={setTargetId}
      />
      <button
        type="button"
        className="button-secondary"
        disabled={!target}
        aria-label={`Move ${parentName}`}
        onClick={() => target && onMove(target)}
      >
        Move
      </button>
    </span>
  );
}
