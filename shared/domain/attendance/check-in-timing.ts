/**
 * Whether checking in now is early enough to ask first. Checking families in to next week's session by
 * mistake (the wrong one picked) made them "seen" on a day that has not come; but families do arrive a
 * little before the start, so the last half hour before it counts as on time.
 */
import { formatIsoDate } from '../calendar-date';

export const EARLY_GRACE_MINUTES = 30;

/** Minutes since midnight of "HH:MM". */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * True when the session (its date and start time, on the organizer's clock) is more than the grace
 * period away: a later day, or later today.
 */
export function checkInIsEarly(session: { date: string; startTime: string }, now: Date): boolean {
  const today = formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  if (session.date !== today) return session.date > today;
  return minutesOf(session.startTime) - (now.getHours() * 60 + now.getMinutes()) > EARLY_GRACE_MINUTES;
}
