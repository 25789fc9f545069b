import { useId } from 'react';
import type { WorkProgress } from '../../../shared/api/work-progress';
import { describeProgress } from '../../../shared/domain/work-progress-text';

/**
 * A native progress bar with what it measures written beside it ("Importing 4,200 of 10,000 families…"),
 * or `waiting` before the first report; without a count it shows that Village is working.
 */
export function WorkProgressBar({ progress, waiting }: { progress: WorkProgress | null; waiting: string }) {
  const labelId = useId();
  const text = progress ? describeProgress(progress) : waiting;
  const total = progress?.total ?? 0;
  return (
    <div className="work-progress">
      <p id={labelId} className="work-progress-label">
        {text}
      </p>
      {progress && total > 0 ? (
        <progress aria-labelledby={labelId} aria-valuetext={text} max={total} value={Math.min(progress.done, total)} />
      ) : (
        <progress aria-labelledby={labelId} aria-valuetext={text} />
      )}
    </div>
  );
}
