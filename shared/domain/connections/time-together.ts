/**
 * Time together: for every pair of families, the sessions both attended and the hours they spent there
 * together, from attendance and session lengths. Friendship is built from hours in the same place (Hall
 * 2019, see friendship-path.ts), so hours count, not sign-ups: cancelled sessions give no time, and two
 * sessions that overlap on the same day (two parks at 10:00, a family checked in at both) give the time
 * once, as the union of their intervals. A family counts as present with whichever kids came.
 */
import { minutesOfDay } from '../sessions/wall-clock';

export interface TogetherSession {
  id: number;
  date: string;
  startTime: string;
  endTime: string;
  status: 'scheduled' | 'cancelled';
}

export interface Presence {
  sessionId: number;
  familyId: number;
}

export interface PairTime {
  /** The lower family id first. */
  a: number;
  b: number;
  sessions: number;
  minutes: number;
}

interface Accumulator {
  sessions: number;
  minutes: number;
  /** The interval still open on `date`, so an overlapping session extends it instead of adding twice. */
  date: string;
  start: number;
  end: number;
}

export function timeTogether(sessions: readonly TogetherSession[], presence: readonly Presence[]): PairTime[] {
  const attendees = new Map<number, number[]>();
  for (const { sessionId, familyId } of presence) {
    const list = attendees.get(sessionId);
    if (list) list.push(familyId);
    else attendees.set(sessionId, [familyId]);
  }
  // In time order, so each pair's overlapping sessions arrive one after another and merge into one interval.
  const ordered = sessions
    .filter((session) => session.status !== 'cancelled' && attendees.has(session.id))
    .map((session) => ({ ...session, start: minutesOfDay(session.startTime), end: minutesOfDay(session.endTime) }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.start - y.start || x.id - y.id));
  const pairs = new Map<number, Map<number, Accumulator>>();
  for (const session of ordered) {
    const families = [...new Set(attendees.get(session.id))].sort((x, y) => x - y);
    const length = Math.max(0, session.end - session.start);
    for (let i = 0; i < families.length; i += 1) {
      let row = pairs.get(families[i]!);
      if (!row) pairs.set(families[i]!, (row = new Map()));
      for (let j = i + 1; j < families.length; j += 1) {
        const acc = row.get(families[j]!);
        if (!acc) {
          row.set(families[j]!, {
            sessions: 1,
            minutes: length,
            date: session.date,
            start: session.start,
            end: session.end,
          });
        } else {
          acc.sessions += 1;
          if (acc.date === session.date && session.start < acc.end) {
            // Overlaps the time already counted: add only the part after it.
            if (session.end > acc.end) {
              acc.minutes += session.end - acc.end;
              acc.end = session.end;
            }
          } else {
            acc.minutes += length;
            acc.date = session.date;
            acc.start = session.start;
            acc.end = session.end;
          }
        }
      }
    }
  }
  const result: PairTime[] = [];
  for (const [a, row] of pairs)
    for (const [b, acc] of row) result.push({ a, b, sessions: acc.sessions, minutes: acc.minutes });
  return result;
}

/** "10 h 30 m", "45 m", "0 m". */
export function formatHours(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} m`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} m`;
}
