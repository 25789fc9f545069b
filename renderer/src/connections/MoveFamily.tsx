import { useState } from 'react';
import type { SavedCircle } from '../../../shared/api/methods/connections';

interface MoveFamilyProps {
  parentName: string;
  others: SavedCircle[];
  onMove: (target: SavedCircle) => void;
}

/**
 * Where to move one family. The move waits for the button: with the keyboard, arrowing through a closed
 * select changes it at each step, and each step must not move her.
 */
export function MoveFamily({ parentName, others, onMove }: MoveFamilyProps) {
  const [targetId, setTargetId] = useState('');
  const target = others.find((other) => String(other.id) === targetId);
  return (
    <span className="move-family">
      <select
        aria-label={`Move ${parentName} to another circle`}
        value={targetId}
        onChange={(event) => setTargetId(event.target.value)}
      >
        <option value="">Move to…</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
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
