/** Parks, sessions and RSVPs inserted with SQL, for attendance tests (the sessions API lives on its own branch). */
import type { Database } from 'better-sqlite3';
import { localToday } from '../../shared/domain/calendar-date';

const NOW = '2026-11-01T10:00:00.000Z';
let uid = 0;

export function addPark(db: Database, name = 'Maple Park'): number {
  return Number(
    db.prepare('INSERT INTO parks (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, NOW, NOW).lastInsertRowid,
  );
}

export function addSession(
  db: Database,
  session: {
    date: string;
    title?: string;
    parkId?: number | null;
    startTime?: string;
    ageMinMonths?: number | null;
    ageMaxMonths?: number | null;
    /** New York unless given; a session meant to have started already takes the machine's own zone. */
    timeZone?: string;
  },
): number {
  uid += 1;
  return Number(
    db
      .prepare(
        `INSERT INTO sessions (uid, park_id, title, date, start_time, end_time, time_zone, age_min_months, age_max_months, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, '11:30', ?, ?, ?, ?, ?)`,
      )
      .run(
        `test-${process.pid}-${uid}-${Math.random().toString(36).slice(2)}@village`,
        session.parkId ?? null,
        session.title ?? 'Toddler morning',
        session.date,
        session.startTime ?? '10:00',
        session.timeZone ?? 'America/New_York',
        session.ageMinMonths ?? null,
        session.ageMaxMonths ?? null,
        NOW,
        NOW,
      ).lastInsertRowid,
  );
}

export function addRsvp(
  db: Database,
  sessionId: number,
  familyId: number,
  status: 'invited' | 'going' | 'maybe' | 'declined' | 'waitlisted' = 'going',
): void {
  db.prepare('INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    sessionId,
    familyId,
    status,
    NOW,
    NOW,
  );
}

/** The machine's own time zone, the one `localToday()` counts days in. */
export const MACHINE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Today's session, under way since midnight where the test runs (00:00–11:30 in the machine's zone), so
 * checking in never asks "it hasn't started yet" whatever the hour: midnight in New York is still five
 * hours ahead after a UTC midnight.
 */
export function addSessionUnderWay(db: Database, session: { parkId: number; title: string }): number {
  return addSession(db, { ...session, date: localToday(), startTime: '00:00', timeZone: MACHINE_ZONE });
}
