/**
 * When a waitlist offer runs out. Parents decide after work, so by default an offer holds until 8 pm the
 * evening before the session, in the session's own time zone (a 10:00 Saturday session: Friday 20:00).
 * An offer made later than that (a place freed on the morning itself) holds until an hour before the
 * start; later still, there is no time left to offer the place at all.
 */
import { addDays, formatIsoDate, parseIsoDate } from '../calendar-date';
import { wallClockToInstant } from '../sessions/wall-clock';

/** An offer as the organizer sees it. */
export interface WaitlistOffer {
  id: number;
  sessionId: number;
  familyId: number;
  parentName: string;
  offeredAt: string;
  deadline: string;
  status: 'open' | 'accepted' | 'expired' | 'withdrawn';
}

export const OFFER_EVENING_TIME = '20:00';
const LAST_HOUR_MS = 60 * 60 * 1000;

export function offerDeadline(
  session: { date: string; startTime: string; timeZone: string },
  now: number,
): number | null {
  const day = parseIsoDate(session.date);
  if (!day) return null;
  const eveningBefore = wallClockToInstant(formatIsoDate(addDays(day, -1)), OFFER_EVENING_TIME, session.timeZone);
  if (eveningBefore > now) return eveningBefore;
  const hourBefore = wallClockToInstant(session.date, session.startTime, session.timeZone) - LAST_HOUR_MS;
  return hourBefore > now ? hourBefore : null;
}
