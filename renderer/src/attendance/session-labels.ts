import type { AttendanceSession, CheckInFamily, RsvpStatus } from '../../../shared/api/methods/attendance';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sun Nov 8, 2026" from 2026-11-08, without time zones getting in the way. */
export function formatSessionDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${MONTHS[month - 1]} ${day}, ${year}`;
}

export function sessionLabel(session: AttendanceSession): string {
  return [`${formatSessionDate(session.date)} ${session.startTime}`, session.title, session.parkName].filter(Boolean).join(' · ');
}

export const RSVP_LABELS: Record<RsvpStatus, string> = {
  going: 'Going',
  maybe: 'Maybe',
  invited: 'Invited',
  waitlisted: 'Waitlist',
  declined: 'Declined',
};

export function parentsOf(family: Pick<CheckInFamily, 'parentName' | 'secondParentName'>): string {
  return [family.parentName, family.secondParentName].filter(Boolean).join(' & ');
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
