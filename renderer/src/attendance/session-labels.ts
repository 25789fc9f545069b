import type { AttendanceSession } from '../../../shared/api/methods/attendance';
import { MONTH_NAMES } from '../../../shared/domain/calendar-date';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Sun Nov 8, 2026" from 2026-11-08, without time zones getting in the way. */
export function formatSessionDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

export function sessionLabel(session: AttendanceSession): string {
  return [`${formatSessionDate(session.date)} ${session.startTime}`, session.title, session.parkName]
    .filter(Boolean)
    .join(' · ');
}

export const RSVP_LABELS: Record<RsvpStatus, string> = {
  going: 'Going',
  maybe: 'Maybe',
  invited: 'Invited',
  waitlisted: 'Waitlist',
  declined: 'Declined',
};

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
