/**
 * When a reminder scheduled "N days before" goes: at the session's own start time, N days earlier, in
 * the session's zone (a Saturday 10:00 meetup's reminder goes Friday 10:00 there, across a clock change
 * too). A moment already past means "now": the reminder is not held back at all.
 */
import { addDays, formatIsoDate, parseIsoDate, type IsoDate } from '../calendar-date';
import { wallClockToInstant } from '../sessions/wall-clock';

export interface ScheduledSession {
  date: IsoDate;
  startTime: string;
  timeZone: string;
}

/** The UTC instant (ISO) to hold the reminder until, or null to send it now. */
export function reminderSendAt(session: ScheduledSession, daysBefore: number, now: Date = new Date()): string | null {
  const day = parseIsoDate(session.date);
  if (!day || daysBefore <= 0) return null;
  const instant = wallClockToInstant(formatIsoDate(addDays(day, -daysBefore)), session.startTime, session.timeZone);
  return instant <= now.getTime() ? null : new Date(instant).toISOString();
}
