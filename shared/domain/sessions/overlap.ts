/** Sessions at the same park whose times overlap, flagged so the organizer can fix a double booking. */
import { wallClockToInstant } from './wall-clock';

export interface TimedSession {
  id: number;
  parkId: number | null;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  status: 'scheduled' | 'cancelled';
}

/**
 * The ids of scheduled sessions that overlap another scheduled session at the same park. Times are
 * compared as instants, so two zones (rare, but possible) still compare correctly; touching ends
 * (10:00–11:00 then 11:00–12:00) do not overlap.
 */
export function overlappingSessionIds(sessions: readonly TimedSession[]): Set<number> {
  const byPark = new Map<number, { id: number; start: number; end: number }[]>();
  for (const session of sessions) {
    if (session.status !== 'scheduled' || session.parkId === null) continue;
    const list = byPark.get(session.parkId) ?? [];
    list.push({
      id: session.id,
      start: wallClockToInstant(session.date, session.startTime, session.timeZone),
      end: wallClockToInstant(session.date, session.endTime, session.timeZone),
    });
    byPark.set(session.parkId, list);
  }
  const flagged = new Set<number>();
  for (const list of byPark.values()) {
    list.sort((a, b) => a.start - b.start);
    let latest: { id: number; end: number } | null = null;
    for (const item of list) {
      if (latest && item.start < latest.end) {
        flagged.add(item.id);
        flagged.add(latest.id);
      }
      if (!latest || item.end > latest.end) latest = item;
    }
  }
  return flagged;
}
