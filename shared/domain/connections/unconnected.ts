/**
 * "Not yet connected": families who keep coming but have not found anyone yet, the people an organizer
 * should introduce. A family is listed once it has come at least 3 times and either never came twice
 * with the same family, or has spent less than 5 hours with any one family (a tenth of the ~50 hours
 * a casual friendship takes; see friendship-path.ts).
 */
import type { PairTime } from './time-together';

export const UNCONNECTED_MIN_VISITS = 3;
export const LITTLE_TIME_MINUTES = 5 * 60;

export interface UnconnectedFamily {
  familyId: number;
  visits: number;
  /** The most sessions shared with any one family, and the most time. */
  mostSessionsWithOne: number;
  mostMinutesWithOne: number;
  reason: string;
}

export function unconnectedFamilies(
  visits: ReadonlyMap<number, number>,
  pairs: readonly PairTime[],
): UnconnectedFamily[] {
  const best = new Map<number, { sessions: number; minutes: number }>();
  const note = (id: number, pair: PairTime) => {
    const current = best.get(id);
    if (!current) best.set(id, { sessions: pair.sessions, minutes: pair.minutes });
    else {
      current.sessions = Math.max(current.sessions, pair.sessions);
      current.minutes = Math.max(current.minutes, pair.minutes);
    }
  };
  for (const pair of pairs) {
    note(pair.a, pair);
    note(pair.b, pair);
  }
  const result: UnconnectedFamily[] = [];
  for (const [familyId, count] of visits) {
    if (count < UNCONNECTED_MIN_VISITS) continue;
    const { sessions, minutes } = best.get(familyId) ?? { sessions: 0, minutes: 0 };
    let reason: string | null = null;
    if (sessions < 2) reason = `came ${count} times, never twice with the same family`;
    else if (minutes < LITTLE_TIME_MINUTES) reason = `came ${count} times, under 5 hours with anyone`;
    if (reason)
      result.push({ familyId, visits: count, mostSessionsWithOne: sessions, mostMinutesWithOne: minutes, reason });
  }
  return result.sort((x, y) => y.visits - x.visits || x.familyId - y.familyId);
}
