import type { CircleMember } from '../../../shared/api/methods/connections';

interface CircleHeadingProps {
  /** h3 for saved circles, h4 for proposed ones (under their "Proposed" heading). */
  level: 3 | 4;
  name: string;
  locked: boolean;
  summary: string;
}

/** A circle's name (with "Locked" when it is) and its reasons on one line, saved or proposed. */
export function CircleHeading({ level, name, locked, summary }: CircleHeadingProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading className="card-title">
        {name} {locked && <span className="badge">Locked</span>}
      </Heading>
      <p className="muted small">{summary}</p>
    </>
  );
}

/** A family in a circle's list: her name and, quieter, her neighborhood. */
export function MemberName({ family }: { family: CircleMember }) {
  return (
    <span>
      {family.parentName}
      {family.neighborhood && <span className="muted"> · {family.neighborhood}</span>}
    </span>
  );
}
