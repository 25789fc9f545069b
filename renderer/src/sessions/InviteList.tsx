import { RSVP_STATUSES, type RsvpStatus } from '../../../shared/domain/sessions/capacity';
import type { FamilySuggestion, Rsvp } from '../../../shared/domain/sessions/session';
import { ChoiceSelect } from '../components/ChoiceSelect';

export interface InviteRow {
  familyId: number;
  parentName: string;
  email: string;
  reasons: string[];
  status: RsvpStatus | null;
}

/** Suggested families first (with why), then anyone else who already has an answer. */
export function inviteRows(suggestions: FamilySuggestion[], rsvps: Rsvp[]): InviteRow[] {
  const rows: InviteRow[] = suggestions.map((item) => ({
    familyId: item.familyId,
    parentName: item.parentName,
    email: item.email,
    reasons: item.reasons,
    status: item.rsvp,
  }));
  const suggested = new Set(rows.map((row) => row.familyId));
  for (const rsvp of rsvps) {
    if (!suggested.has(rsvp.familyId))
      rows.push({
        familyId: rsvp.familyId,
        parentName: rsvp.parentName,
        email: rsvp.email,
        reasons: [],
        status: rsvp.status,
      });
  }
  return rows;
}

export type EmailGroup = 'going' | 'waitlisted' | 'invited' | 'listed';

/** Who "Copy emails" can copy: one answer, or everyone on the list who has not declined. */
export const EMAIL_GROUPS: Record<EmailGroup, { label: string; who: string; none: string; statuses: RsvpStatus[] }> = {
  going: { label: 'Going', who: 'going', none: 'going', statuses: ['going'] },
  waitlisted: { label: 'Waitlisted', who: 'on the waitlist', none: 'on the waitlist', statuses: ['waitlisted'] },
  invited: {
    label: 'Invited, no answer yet',
    who: 'invited who have not answered',
    none: 'waiting for an answer',
    statuses: ['invited'],
  },
  listed: {
    label: 'Everyone not declined',
    who: 'on the list (not declined)',
    none: 'on the list',
    statuses: ['invited', 'going', 'maybe', 'waitlisted'],
  },
};

export function emailsOf(rows: InviteRow[], group: EmailGroup): string[] {
  const statuses = EMAIL_GROUPS[group].statuses;
  return rows
    .filter((row) => row.status !== null && statuses.includes(row.status) && row.email !== '')
    .map((row) => row.email);
}

const LABELS: Record<RsvpStatus, string> = {
  invited: 'Invited',
  going: 'Going',
  maybe: 'Maybe',
  declined: 'Declined',
  waitlisted: 'Waitlisted',
};

interface InviteListProps {
  rows: InviteRow[];
  disabled: boolean;
  onAnswer: (familyId: number, status: RsvpStatus) => void;
}

export function InviteList({ rows, disabled, onAnswer }: InviteListProps) {
  if (rows.length === 0) {
    return <p className="muted">No family has a kid in this age band on that day yet.</p>;
  }
  return (
    <ul className="invite-list">
      {rows.map((row) => (
        <li key={row.familyId} className="invite-row">
          <span className="invite-who">
            <span className="invite-name">{row.parentName}</span>
            <span className="muted small">
              {row.reasons.length > 0 ? row.reasons.join(' · ') : 'Not in the age band'}
            </span>
          </span>
          <ChoiceSelect
            aria-label={`Answer for ${row.parentName}`}
            value={row.status ?? ''}
            disabled={disabled}
            className={row.status ? `rsvp rsvp-${row.status}` : 'rsvp'}
            blank={row.status === null ? 'Not invited' : undefined}
            choices={RSVP_STATUSES}
            choiceValue={(status) => status}
            choiceLabel={(status) => LABELS[status]}
            onValue={(status) => onAnswer(row.familyId, status as RsvpStatus)}
          />
        </li>
      ))}
    </ul>
  );
}
